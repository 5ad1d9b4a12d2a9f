package cn.dongguan.cfk.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "me", description = "当前用户 · The signed-in user")
class SignInOptionsController {

    /** What the sign-in page may offer: the demo accounts' hint only where they exist. */
    record SignInOptions(boolean demoAccounts, boolean signUp, int minPasswordLength) {}

    private final boolean demoAccounts;

    SignInOptionsController(@Value("${cfk.demo-accounts:false}") boolean demoAccounts) {
        this.demoAccounts = demoAccounts;
    }

    /** Who is signed in, if anyone: for public pages, which must not ask /api/me and be told 401. */
    record SessionInfo(Me user) {}

    @GetMapping("/api/session")
    @Operation(summary = "The signed-in user, or null: for public pages · 当前会话")
    SessionInfo session(@AuthenticationPrincipal CfkUser user) {
        return new SessionInfo(user == null ? null : Me.of(user));
    }

    @GetMapping("/api/sign-in-options")
    @Operation(summary = "What the sign-in page offers: demo accounts (demo profile only), enterprise sign-up")
    SignInOptions options() {
        return new SignInOptions(demoAccounts, true, PasswordPolicy.MIN_LENGTH);
    }
}
