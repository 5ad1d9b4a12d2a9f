package cn.dongguan.cfk.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "me", description = "当前用户 · The signed-in user")
record MeController(OwnPassword ownPassword) {

    @GetMapping("/api/me")
    @Operation(summary = "Who is signed in, their role and parks · 当前登录用户")
    Me me(@AuthenticationPrincipal CfkUser user) {
        return Me.of(user);
    }

    @PostMapping("/api/me/password")
    @Operation(
            summary = "Change your own password · 修改密码",
            description = "{\"currentPassword\", \"newPassword\"}: at least 10 characters, not the username, not a"
                    + " common password. Ends your other sessions.")
    ResponseEntity<Map<String, Object>> changePassword(
            @AuthenticationPrincipal CfkUser user,
            @RequestBody JsonNode body,
            HttpServletRequest request,
            HttpServletResponse response) {
        int ended = ownPassword.change(user, body, request, response);
        return ResponseEntity.ok(Map.of("changed", true, "otherSessionsEnded", ended));
    }
}
