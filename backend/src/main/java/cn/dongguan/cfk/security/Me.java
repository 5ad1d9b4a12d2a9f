package cn.dongguan.cfk.security;

import java.util.Set;

/**
 * The signed-in user as the web app sees them. {@code enterpriseId}: the enterprise the account
 * speaks for (null until a signed-up account is verified); {@code passwordChangeRequired}: the web
 * app must have the password changed before anything else.
 */
record Me(
        String username,
        Role role,
        Set<String> parks,
        Long enterpriseId,
        String displayName,
        boolean verified,
        boolean passwordChangeRequired) {

    static Me of(CfkUser user) {
        return new Me(
                user.username(),
                user.role(),
                user.parks(),
                user.enterpriseId(),
                user.displayName(),
                user.verified(),
                user.passwordState() != PasswordState.SET);
    }
}
