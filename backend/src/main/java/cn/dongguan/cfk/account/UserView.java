package cn.dongguan.cfk.account;

import cn.dongguan.cfk.security.PasswordState;
import cn.dongguan.cfk.security.Role;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A user as administrators see them: never the password hash. {@code lockedUntil}: the account is
 * locked after failed sign-ins until then; {@code lastSignInAt} from the audit.
 */
record UserView(
        String username,
        String displayName,
        String email,
        Role role,
        List<String> parks,
        Long enterpriseId,
        String enterpriseName,
        boolean enabled,
        boolean verified,
        PasswordState passwordState,
        OffsetDateTime createdAt,
        OffsetDateTime lastSignInAt,
        OffsetDateTime lockedUntil) {}
