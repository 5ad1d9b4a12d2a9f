package cn.dongguan.cfk.account;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.security.Role;
import cn.dongguan.cfk.security.Throttle;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ConflictException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.PagingProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/admin")
@Tag(name = "admin", description = "用户与角色 · Users and roles (administrators)")
record AdminUserController(UserAccounts accounts, Throttle throttle, CurrentViewer viewer, PagingProperties paging) {

    @GetMapping("/users")
    @Operation(summary = "Users, by username; q finds username, display name or enterprise · 用户列表")
    Page<UserView> users(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return accounts.list(q, role, paging.of(page, size));
    }

    @GetMapping("/users/{username}")
    @Operation(summary = "One user · 用户详情")
    UserView user(@PathVariable String username) {
        return accounts.get(username);
    }

    @PostMapping("/users")
    @Operation(
            summary = "Create a user · 新建用户",
            description = "{username, password, role, parks (PARK_MANAGER), enterpriseId (ENTERPRISE), displayName,"
                    + " changeAtFirstSignIn}. The password works as given; changeAtFirstSignIn asks the web app to"
                    + " change it at the first sign-in (HTTP Basic clients are not held up).")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<UserView> create(@RequestBody JsonNode body) throws ConflictException {
        UserView user = accounts.create(body);
        return ResponseEntity.created(URI.create("/api/admin/users/" + user.username()))
                .body(user);
    }

    @PatchMapping(
            path = "/users/{username}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(
            summary = "Change a user's role, parks, enterprise, display name or enabled (JSON merge patch) · 修改用户",
            description = "A change of access (role, parks, enterprise, enabled) ends the user's sessions at once.")
    UserView patch(@PathVariable String username, @RequestBody JsonNode body) {
        return accounts.patch(username, body);
    }

    @PostMapping("/users/{username}/reset-password")
    @Operation(
            summary = "Reset a password to a one-time password, changed at the next sign-in · 重置密码",
            description = "Answers the one-time password once; the user's sessions end and a sign-in lock is lifted.")
    Map<String, String> resetPassword(@PathVariable String username) {
        return Map.of("username", username, "oneTimePassword", accounts.resetPassword(username));
    }

    @PostMapping("/users/{username}/unlock")
    @Operation(summary = "Lift the lock after failed sign-ins of an account · 解除账号锁定")
    Map<String, Object> unlock(@PathVariable String username) {
        return Map.of("username", username, "wasLocked", accounts.unlock(username));
    }

    @GetMapping("/sign-in-locks")
    @Operation(summary = "Accounts and client addresses blocked now after failed sign-ins · 当前锁定")
    List<Throttle.Lock> locks() {
        viewer.requireAdmin();
        return throttle.locks();
    }

    @DeleteMapping("/sign-in-locks")
    @Operation(summary = "Lift the lock of an account or a client address · 解除锁定")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> unlockSubject(
            @RequestParam(required = false) String account, @RequestParam(required = false) String address) {
        if ((account == null) == (address == null)) {
            throw new BadRequestException(
                    "account", "请给出 account 或 address 之一", "Give one of the parameters 'account' or 'address'");
        }
        accounts.unlock(
                account != null ? Throttle.Scope.ACCOUNT : Throttle.Scope.ADDRESS, account != null ? account : address);
        return ResponseEntity.noContent().build();
    }
}
