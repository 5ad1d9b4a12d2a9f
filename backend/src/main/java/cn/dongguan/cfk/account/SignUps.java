package cn.dongguan.cfk.account;

import cn.dongguan.cfk.enterprise.CreditCode;
import cn.dongguan.cfk.enterprise.EnterpriseRef;
import cn.dongguan.cfk.enterprise.EnterpriseRegistry;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.security.PasswordPolicy;
import cn.dongguan.cfk.security.Throttle;
import cn.dongguan.cfk.security.ThrottledException;
import cn.dongguan.cfk.security.UserSessions;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ConflictException;
import cn.dongguan.cfk.shared.ContactPhone;
import cn.dongguan.cfk.shared.JsonBodies;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Enterprise sign-up: an ENTERPRISE account named after the credit code (lower case), linked to the
 * enterprise of that code (added when it is not in the directory yet), unverified until staff
 * verify it, and until then speaking for no enterprise. At most a few sign-ups per client address
 * and hour; one account per credit code.
 */
@Service
class SignUps {

    record SignUp(
            @NotBlank @Size(max = 128) String companyName,
            @NotBlank @Size(max = 40) String creditCode,
            @NotBlank @Size(max = 64) String contactName,

            @Size(max = ContactPhone.MAX) @Pattern(regexp = ContactPhone.PATTERN, message = ContactPhone.TEXT)
            String contactPhone,

            @Size(max = 128) @Email String contactEmail,
            @NotNull String password) {}

    record Created(String username, long enterpriseId, boolean verified) {}

    record Pending(
            String username,
            long enterpriseId,
            String enterpriseName,
            String creditCode,
            String contactName,
            String contactPhone,
            String contactEmail,
            OffsetDateTime createdAt) {}

    private final JdbcClient jdbc;
    private final JsonBodies bodies;
    private final EnterpriseRegistry enterprises;
    private final Throttle throttle;
    private final PasswordEncoder encoder;
    private final CurrentViewer viewer;
    private final UserSessions sessions;
    private final TransactionTemplate tx;

    SignUps(
            JdbcClient jdbc,
            JsonBodies bodies,
            EnterpriseRegistry enterprises,
            Throttle throttle,
            PasswordEncoder encoder,
            CurrentViewer viewer,
            UserSessions sessions,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.enterprises = enterprises;
        this.throttle = throttle;
        this.encoder = encoder;
        this.viewer = viewer;
        this.sessions = sessions;
        this.tx = tx;
    }

    Created signUp(JsonNode body, String clientAddress) {
        throttle.attempt(Throttle.Scope.SIGNUP, clientAddress).ifPresent(wait -> {
            throw new ThrottledException(
                    wait, "此地址注册次数过多，请稍后再试", "Too many sign-ups from this address: try again later");
        });
        SignUp signUp = bodies.read(body, SignUp.class);
        return tx.execute(status -> create(signUp));
    }

    private Created create(SignUp signUp) {
        String code = CreditCode.normalise(signUp.creditCode());
        CreditCode.check("creditCode", code);
        String username = code.toLowerCase(Locale.ROOT);
        var existing = enterprises.byCreditCode(code);
        boolean taken = jdbc.sql("""
                        SELECT count(*) FROM app_user
                        WHERE username = :username OR (enterprise_id IS NOT NULL AND enterprise_id = :enterprise)""")
                        .param("username", username)
                        .param("enterprise", existing.map(EnterpriseRef::id).orElse(null))
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            throw new ConflictException(
                    "creditCode",
                    "统一社会信用代码 " + code + " 已有企业账号（用户名 " + username + "）。如忘记密码，请联系招商人员或管理员重置",
                    "An account for credit code " + code + " exists already (username " + username
                            + "). If its password is lost, ask the investment staff or an administrator to reset it",
                    Map.of("username", username));
        }
        PasswordPolicy.check("password", username, signUp.password());
        long enterpriseId = existing.map(EnterpriseRef::id)
                .orElseGet(() -> enterprises.addFromSignUp(
                        signUp.companyName(),
                        code,
                        signUp.contactName(),
                        signUp.contactPhone(),
                        signUp.contactEmail()));
        String displayName = signUp.companyName().trim();
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, role, enterprise_id, display_name, verified,
                                      password_changed_at)
                VALUES (:username, :hash, 'ENTERPRISE', :enterpriseId, :displayName, false, now())""")
                .param("username", username)
                .param("hash", encoder.encode(signUp.password()))
                .param("enterpriseId", enterpriseId)
                .param("displayName", displayName.length() <= 64 ? displayName : displayName.substring(0, 64))
                .update();
        return new Created(username, enterpriseId, false);
    }

    @Transactional(readOnly = true)
    List<Pending> pending() {
        viewer.requireStaffOrAdmin();
        return jdbc.sql("""
                SELECT u.username, e.id, e.name, e.credit_code, e.contact_name, e.contact_phone, e.contact_email,
                       u.created_at
                FROM app_user u JOIN enterprise e ON e.id = u.enterprise_id
                WHERE u.role = 'ENTERPRISE' AND NOT u.verified ORDER BY u.created_at, u.username LIMIT 500""")
                .query((rs, i) -> new Pending(
                        rs.getString("username"),
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("credit_code"),
                        rs.getString("contact_name"),
                        rs.getString("contact_phone"),
                        rs.getString("contact_email"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** Staff confirm that the account speaks for its enterprise; it signs in again to act for it. */
    @Transactional
    void verify(String username) {
        viewer.requireStaffOrAdmin();
        int updated = jdbc.sql("UPDATE app_user SET verified = true WHERE username = ? AND role = 'ENTERPRISE'")
                .param(username)
                .update();
        if (updated == 0) {
            throw new BadRequestException(
                    "username", "没有企业账号 " + username, "There is no enterprise account '" + username + "'");
        }
        sessions.endAll(username);
    }
}
