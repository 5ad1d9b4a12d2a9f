package cn.dongguan.cfk.account;

import cn.dongguan.cfk.audit.AuditLog;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.security.PasswordPolicy;
import cn.dongguan.cfk.security.PasswordState;
import cn.dongguan.cfk.security.Role;
import cn.dongguan.cfk.security.Throttle;
import cn.dongguan.cfk.security.UserSessions;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ConflictException;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.Texts;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Users and roles, for administrators only: a role's scope is checked in one place
 * ({@link #checkScope}); a change of role, parks, enterprise or enabled, and a password reset, end
 * the user's sessions at once.
 */
@Service
class UserAccounts {

    private static final String VIEW = """
            SELECT u.username, u.display_name, u.email, u.role, u.enterprise_id, e.name AS enterprise_name, u.enabled,
                   u.verified, u.password_state, u.created_at,
                   ARRAY(SELECT p.park_code FROM user_park p WHERE p.username = u.username ORDER BY p.park_code) AS parks,
                   (SELECT max(a.occurred_at) FROM audit_event a
                    WHERE a.entity = 'app_user' AND a.entity_id = u.username AND a.action = 'SIGN_IN') AS last_sign_in_at,
                   (SELECT t.blocked_until FROM throttle t
                    WHERE t.scope = 'ACCOUNT' AND t.subject = u.username AND t.blocked_until > now()) AS locked_until
            FROM app_user u LEFT JOIN enterprise e ON e.id = u.enterprise_id
            """;

    private final JdbcClient jdbc;
    private final JsonBodies bodies;
    private final CurrentViewer viewer;
    private final PasswordEncoder encoder;
    private final UserSessions sessions;
    private final Throttle throttle;
    private final AuditLog audit;

    UserAccounts(
            JdbcClient jdbc,
            JsonBodies bodies,
            CurrentViewer viewer,
            PasswordEncoder encoder,
            UserSessions sessions,
            Throttle throttle,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.viewer = viewer;
        this.encoder = encoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Page<UserView> list(String text, Role role, Paging paging) {
        viewer.requireAdmin();
        String pattern = text == null || text.isBlank()
                ? null
                : "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = """
                WHERE (CAST(:q AS text) IS NULL OR u.username ILIKE :q OR u.display_name ILIKE :q OR e.name ILIKE :q)
                  AND (CAST(:role AS text) IS NULL OR u.role = :role)""";
        long total = jdbc.sql(
                        "SELECT count(*) FROM app_user u LEFT JOIN enterprise e ON e.id = u.enterprise_id " + where)
                .param("q", pattern)
                .param("role", role == null ? null : role.name())
                .query(Long.class)
                .single();
        List<UserView> items = jdbc.sql(VIEW + where + "\nORDER BY u.username LIMIT :limit OFFSET :offset")
                .param("q", pattern)
                .param("role", role == null ? null : role.name())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(UserAccounts::view)
                .list();
        return paging.answer(items, total);
    }

    @Transactional(readOnly = true)
    UserView get(String username) {
        viewer.requireAdmin();
        return find(username).orElseThrow(() -> notFound(username));
    }

    @Transactional
    UserView create(JsonNode body) {
        viewer.requireAdmin();
        UserFields.NewUser user = bodies.read(body, UserFields.NewUser.class);
        List<String> parks = user.parks() == null ? List.of() : user.parks();
        checkScope(user.role(), parks, user.enterpriseId());
        PasswordPolicy.check("password", user.username(), user.password());
        int inserted = jdbc.sql("""
                INSERT INTO app_user (username, password_hash, role, enterprise_id, display_name, email,
                                      password_state, password_changed_at)
                VALUES (:username, :hash, :role, :enterpriseId, :displayName, :email, :state, now())
                ON CONFLICT (username) DO NOTHING""")
                .param("username", user.username())
                .param("hash", encoder.encode(user.password()))
                .param("role", user.role().name())
                .param("enterpriseId", user.enterpriseId())
                .param("displayName", Texts.trimmed(user.displayName()))
                .param("email", Texts.trimmed(user.email()))
                .param(
                        "state",
                        (Boolean.TRUE.equals(user.changeAtFirstSignIn())
                                        ? PasswordState.CHANGE_AT_SIGN_IN
                                        : PasswordState.SET)
                                .name())
                .update();
        if (inserted == 0) {
            throw new ConflictException(
                    "username",
                    "用户名 " + user.username() + " 已存在",
                    "The username '" + user.username() + "' is taken",
                    Map.of());
        }
        setParks(user.username(), parks);
        return find(user.username()).orElseThrow();
    }

    @Transactional
    UserView patch(String username, JsonNode body) {
        viewer.requireAdmin();
        UserView current = find(username).orElseThrow(() -> notFound(username));
        var base = new UserFields.Editable(
                current.role(),
                current.parks(),
                current.enterpriseId(),
                current.displayName(),
                current.email(),
                current.enabled());
        UserFields.Editable changed = bodies.merge(base, body);
        List<String> parks = changed.parks().stream().distinct().toList();
        checkScope(changed.role(), parks, changed.enterpriseId());
        if (username.equals(viewer.username().orElse(null)) && (changed.role() != Role.ADMIN || !changed.enabled())) {
            throw new BadRequestException(
                    changed.enabled() ? "role" : "enabled",
                    "您不能停用自己的账号，也不能取消自己的管理员角色",
                    "You cannot disable your own account or take away your own administrator role");
        }
        jdbc.sql("""
                UPDATE app_user SET role = :role, enterprise_id = :enterpriseId, display_name = :displayName,
                    email = :email, enabled = :enabled
                WHERE username = :username""")
                .param("role", changed.role().name())
                .param("enterpriseId", changed.enterpriseId())
                .param("displayName", Texts.trimmed(changed.displayName()))
                .param("email", Texts.trimmed(changed.email()))
                .param("enabled", changed.enabled())
                .param("username", username)
                .update();
        setParks(username, parks);
        boolean access = current.role() != changed.role()
                || !current.parks().equals(parks.stream().sorted().toList())
                || !Objects.equals(current.enterpriseId(), changed.enterpriseId())
                || current.enabled() != changed.enabled();
        if (access) {
            sessions.endAll(username);
        }
        return find(username).orElseThrow();
    }

    /** A one-time password (changed at the next sign-in); the user's sessions end and any lock is lifted. */
    @Transactional
    String resetPassword(String username) {
        viewer.requireAdmin();
        find(username).orElseThrow(() -> notFound(username));
        String password = PasswordPolicy.oneTimePassword();
        jdbc.sql("""
                UPDATE app_user SET password_hash = :hash, password_state = 'ONE_TIME', password_changed_at = now()
                WHERE username = :username""")
                .param("hash", encoder.encode(password))
                .param("username", username)
                .update();
        throttle.clear(Throttle.Scope.ACCOUNT, username);
        sessions.endAll(username);
        return password;
    }

    @Transactional
    boolean unlock(String username) {
        viewer.requireAdmin();
        find(username).orElseThrow(() -> notFound(username));
        return unlock(Throttle.Scope.ACCOUNT, username);
    }

    @Transactional
    boolean unlock(Throttle.Scope scope, String subject) {
        viewer.requireAdmin();
        boolean locked = throttle.clear(scope, subject);
        audit.record(
                null, "UNLOCK", scope == Throttle.Scope.ACCOUNT ? "app_user" : "client_address", subject, Map.of());
        return locked;
    }

    /**
     * PARK_MANAGER: at least one existing park, no enterprise; ENTERPRISE: an existing enterprise, no
     * parks; ADMIN and STAFF: neither.
     */
    private void checkScope(Role role, List<String> parks, Long enterpriseId) {
        if (role == Role.PARK_MANAGER) {
            if (parks.isEmpty()) {
                throw new BadRequestException("parks", "园区管理员至少要管理一个园区", "A park manager manages at least one park");
            }
            List<String> known = jdbc.sql("SELECT code FROM park WHERE code IN (:codes)")
                    .param("codes", parks)
                    .query(String.class)
                    .list();
            parks.stream().filter(p -> !known.contains(p)).findFirst().ifPresent(p -> {
                throw new BadRequestException("parks", "园区 " + p + " 不存在", "Park " + p + " does not exist");
            });
        } else if (!parks.isEmpty()) {
            throw new BadRequestException("parks", "只有园区管理员才有管理的园区", "Only park managers have parks to manage");
        }
        if (role == Role.ENTERPRISE) {
            if (enterpriseId == null
                    || jdbc.sql("SELECT count(*) FROM enterprise WHERE id = ?")
                                    .param(enterpriseId)
                                    .query(Integer.class)
                                    .single()
                            == 0) {
                throw new BadRequestException(
                        "enterpriseId", "企业账号须关联一个已有的企业", "An enterprise account must name an existing enterprise");
            }
        } else if (enterpriseId != null) {
            throw new BadRequestException(
                    "enterpriseId", "只有企业账号才能关联企业", "Only enterprise accounts speak for an enterprise");
        }
    }

    private void setParks(String username, List<String> parks) {
        jdbc.sql("DELETE FROM user_park WHERE username = :username AND NOT (park_code = ANY (:parks))")
                .param("username", username)
                .param("parks", parks.toArray(String[]::new))
                .update();
        for (String park : parks) {
            jdbc.sql("INSERT INTO user_park (username, park_code) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(username, park)
                    .update();
        }
    }

    private Optional<UserView> find(String username) {
        return jdbc.sql(VIEW + "WHERE u.username = :username")
                .param("username", username)
                .query(UserAccounts::view)
                .optional();
    }

    static NotFoundException notFound(String username) {
        return new NotFoundException("用户 " + username + " 不存在", "User '" + username + "' does not exist");
    }

    private static UserView view(ResultSet rs, int row) throws SQLException {
        Array parks = rs.getArray("parks");
        List<String> codes = parks == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) parks.getArray()));
        return new UserView(
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                List.copyOf(codes),
                rs.getObject("enterprise_id", Long.class),
                rs.getString("enterprise_name"),
                rs.getBoolean("enabled"),
                rs.getBoolean("verified"),
                PasswordState.valueOf(rs.getString("password_state")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("last_sign_in_at", OffsetDateTime.class),
                rs.getObject("locked_until", OffsetDateTime.class));
    }
}
