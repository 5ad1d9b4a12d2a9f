package cn.dongguan.cfk.security;

import cn.dongguan.cfk.shared.ForbiddenException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user behind the current request, what they may see and what they may change.
 * Personal data (occupants, contact names, phone numbers, e-mail addresses) is for staff,
 * administrators and the owning park manager. Inventory writes are for administrators (any park)
 * and park managers (their own parks only).
 */
@Component
public class CurrentViewer {

    public Optional<Role> role() {
        return user().map(CfkUser::role);
    }

    public Optional<String> username() {
        return user().map(CfkUser::username);
    }

    /** The enterprise an ENTERPRISE account speaks for; empty until a signed-up account is verified. */
    public Optional<Long> enterpriseId() {
        return user().map(CfkUser::enterpriseId);
    }

    /** The parks a park manager manages; empty for everyone else. */
    public Set<String> managedParks() {
        return user().filter(u -> u.role() == Role.PARK_MANAGER)
                .map(CfkUser::parks)
                .orElse(Set.of());
    }

    public boolean isStaffOrAdmin() {
        return role().filter(r -> r == Role.STAFF || r == Role.ADMIN).isPresent();
    }

    public boolean isAdmin() {
        return role().filter(r -> r == Role.ADMIN).isPresent();
    }

    public boolean managesPark(String parkCode) {
        return parkCode != null && managedParks().contains(parkCode);
    }

    public boolean maySeePersonalDataOf(String parkCode) {
        return isStaffOrAdmin() || managesPark(parkCode);
    }

    public boolean mayChangeInventoryOf(String parkCode) {
        return isAdmin() || managesPark(parkCode);
    }

    /** 403 unless an administrator or a park manager: the only roles that may change the inventory at all. */
    public void requireInventoryWriter() {
        if (!isAdmin() && managedParks().isEmpty()) {
            throw new ForbiddenException(
                    "您无权修改楼栋、单元和地块：只有管理员和园区管理员可以修改",
                    "You may not change buildings, units or parcels: only administrators and park managers may");
        }
    }

    /** 403 unless an administrator, or the manager of {@code parkCode} (null: outside the parks, admins only). */
    public void requireInventoryWrite(String parkCode) {
        if (!mayChangeInventoryOf(parkCode)) {
            String where = parkCode == null ? "园区外的数据" : "园区 " + parkCode + " 的数据";
            String whereEn = parkCode == null ? "data outside the parks" : "the data of park " + parkCode;
            throw new ForbiddenException(
                    "您无权修改" + where + "：只有管理员和该园区的管理员可以修改",
                    "You may not change " + whereEn + ": only administrators and that park's managers may");
        }
    }

    /** 403 unless staff, an administrator, or the manager of {@code parkCode}. */
    public void requirePersonalDataOf(String parkCode) {
        if (!maySeePersonalDataOf(parkCode)) {
            throw new ForbiddenException("您无权查看该园区的占用记录", "You may not see this park's occupancy records");
        }
    }

    /** 403 unless an administrator. */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw new ForbiddenException("只有管理员可以执行此操作", "Only administrators may do this");
        }
    }

    /** 403 unless staff or an administrator. */
    public void requireStaffOrAdmin() {
        if (!isStaffOrAdmin()) {
            throw new ForbiddenException("只有招商人员和管理员可以执行此操作", "Only investment staff and administrators may do this");
        }
    }

    public String requireUsername() {
        return username().orElseThrow(() -> new ForbiddenException("请先登录", "Please sign in first"));
    }

    private Optional<CfkUser> user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof CfkUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
