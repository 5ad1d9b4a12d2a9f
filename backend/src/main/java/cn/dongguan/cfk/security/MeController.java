package cn.dongguan.cfk.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "me", description = "当前用户 · The signed-in user")
class MeController {

    record Me(String username, Role role, Set<String> parks, Long enterpriseId) {}

    @GetMapping("/api/me")
    @Operation(summary = "Who is signed in, their role and parks · 当前登录用户")
    Me me(@AuthenticationPrincipal CfkUser user) {
        return new Me(user.username(), user.role(), user.parks(), user.enterpriseId());
    }
}
