package cn.dongguan.cfk.account;

import cn.dongguan.cfk.security.ThrottledException;
import cn.dongguan.cfk.shared.ConflictException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "sign-up", description = "企业注册 · Enterprise sign-up")
record SignUpController(SignUps signUps) {

    @PostMapping("/api/signup")
    @Operation(
            summary = "An enterprise signs up · 企业注册",
            description = "{companyName, creditCode, contactName, contactPhone, contactEmail, password}: an ENTERPRISE"
                    + " account named after the credit code, unverified until staff verify it. Rate-limited per"
                    + " client address (429 with Retry-After); a credit code that has an account is a 409.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SignUps.Created> signUp(@RequestBody JsonNode body, HttpServletRequest request)
            throws ConflictException, ThrottledException {
        return ResponseEntity.status(HttpStatus.CREATED).body(signUps.signUp(body, request.getRemoteAddr()));
    }

    @GetMapping("/api/signups")
    @Operation(summary = "Enterprise accounts waiting to be verified (staff, administrators) · 待审核的企业账号")
    List<SignUps.Pending> pending() {
        return signUps.pending();
    }

    @PostMapping("/api/signups/{username}/verify")
    @Operation(summary = "Verify that a signed-up account speaks for its enterprise · 审核通过企业账号")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> verify(@PathVariable String username) {
        signUps.verify(username);
        return ResponseEntity.noContent().build();
    }
}
