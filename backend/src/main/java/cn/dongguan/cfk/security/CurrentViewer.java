package cn.dongguan.cfk.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user behind the current request, and what they may see. Personal data (occupants, contact
 * names, phone numbers, e-mail addresses) is for staff, administrators and the owning park manager.
 */
@Component
public class CurrentViewer {

    public Optional<Role> role() {
        return user().map(CfkUser::role);
    }

    public boolean isStaffOrAdmin() {
        return role().filter(r -> r == Role.STAFF || r == Role.ADMIN).isPresent();
    }

    public boolean managesPark(String parkCode) {
        return parkCode != null && user()
                .filter(u -> u.role() == Role.PARK_MANAGER && u.parks().contains(parkCode))
                .isPresent();
    }

    public boolean maySeePersonalDataOf(String parkCode) {
        return isStaffOrAdmin() || managesPark(parkCode);
    }

    private Optional<CfkUser> user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof CfkUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
