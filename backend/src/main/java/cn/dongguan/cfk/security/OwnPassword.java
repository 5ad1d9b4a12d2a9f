package cn.dongguan.cfk.security;

import cn.dongguan.cfk.audit.AuditLog;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.JsonBodies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A user changes their own password: the current one must be right (a wrong one counts as a failed
 * sign-in), the new one must pass {@link PasswordPolicy}. The account's other sessions end; this one
 * goes on with the password change no longer pending.
 */
@Service
class OwnPassword {

    record Change(@NotNull String currentPassword, @NotNull String newPassword) {}

    private final JdbcClient jdbc;
    private final JsonBodies bodies;
    private final PasswordEncoder encoder;
    private final Throttle throttle;
    private final AuditLog audit;
    private final UserSessions sessions;
    private final CfkUserDetailsService users;
    private final TransactionTemplate tx;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    OwnPassword(
            JdbcClient jdbc,
            JsonBodies bodies,
            PasswordEncoder encoder,
            Throttle throttle,
            AuditLog audit,
            UserSessions sessions,
            CfkUserDetailsService users,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.sessions = sessions;
        this.users = users;
        this.tx = tx;
    }

    /** Changes the password; answers how many other sessions ended. */
    int change(CfkUser user, JsonNode body, HttpServletRequest request, HttpServletResponse response) {
        Change change = bodies.read(body, Change.class);
        String username = user.username();
        throttle.blocked(username, request.getRemoteAddr()).ifPresent(wait -> {
            throw new ThrottledException(wait, "密码错误次数过多，请稍后再试", "Too many wrong passwords: try again later");
        });
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .single();
        if (!encoder.matches(change.currentPassword(), hash)) {
            throttle.failedSignIn(username, request.getRemoteAddr());
            audit.record(username, "PASSWORD_CHANGE_FAILED", "app_user", username, Map.of());
            throw new BadRequestException("currentPassword", "当前密码不正确", "The current password is wrong");
        }
        PasswordPolicy.check("newPassword", username, change.newPassword());
        if (change.newPassword().equals(change.currentPassword())) {
            throw new BadRequestException(
                    "newPassword",
                    "新密码不能与当前密码相同",
                    "The new password must differ from the current one",
                    Map.of("rule", "unchanged"));
        }
        tx.executeWithoutResult(status -> jdbc.sql("""
                UPDATE app_user SET password_hash = :hash, password_state = 'SET', password_changed_at = now()
                WHERE username = :username""")
                .param("hash", encoder.encode(change.newPassword()))
                .param("username", username)
                .update());
        throttle.succeeded(username);

        HttpSession session = request.getSession(false);
        CfkUser fresh = users.loadUserByUsername(username);
        fresh.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (session != null) {
            contexts.saveContext(context, request, response);
        }
        return sessions.endAllBut(username, session == null ? null : session.getId());
    }
}
