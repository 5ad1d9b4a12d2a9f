package cn.dongguan.cfk.security;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user with the parks they manage (empty unless PARK_MANAGER) and the enterprise they
 * speak for (only once verified). Kept in the session, without the password hash: Spring Security
 * erases it after the sign-in.
 */
final class CfkUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final String username;
    private String passwordHash;
    private final Role role;
    private final Set<String> parks;
    private final Long enterpriseId;
    private final String displayName;
    private final boolean enabled;
    private final boolean verified;
    private final PasswordState passwordState;

    CfkUser(
            String username,
            String passwordHash,
            Role role,
            Set<String> parks,
            Long enterpriseId,
            String displayName,
            boolean enabled,
            boolean verified,
            PasswordState passwordState) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.parks = Collections.unmodifiableSet(new LinkedHashSet<>(parks));
        this.enterpriseId = enterpriseId;
        this.displayName = displayName;
        this.enabled = enabled;
        this.verified = verified;
        this.passwordState = passwordState;
    }

    String username() {
        return username;
    }

    Role role() {
        return role;
    }

    Set<String> parks() {
        return parks;
    }

    /** The enterprise this account speaks for; null until staff have verified a signed-up account. */
    Long enterpriseId() {
        return verified ? enterpriseId : null;
    }

    /** The enterprise the account named at sign-up, verified or not. */
    Long claimedEnterpriseId() {
        return enterpriseId;
    }

    String displayName() {
        return displayName;
    }

    boolean verified() {
        return verified;
    }

    PasswordState passwordState() {
        return passwordState;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CfkUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "CfkUser[" + username + ", " + role + "]";
    }
}
