package cn.dongguan.cfk.security;

import cn.dongguan.cfk.shared.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside the demo profile the administrator's password must come from configuration
 * (CFK_ADMIN_PASSWORD) and pass the {@link PasswordPolicy}: a start without it, or with a weak one,
 * refuses to start, so no deployment runs with a known, weak or missing administrator password.
 */
@Component
class AdminAccount implements SmartInitializingSingleton {

    static final String MISSING = """
            No administrator password is configured. Set the environment variable CFK_ADMIN_PASSWORD \
            (or the property cfk.admin.password) to at least %d characters, not "admin" and not a common \
            password, or start the demo profile (--spring.profiles.active=demo) for the demo accounts. \
            未配置管理员密码：请设置环境变量 CFK_ADMIN_PASSWORD（至少 %d 个字符，不是常见密码），或以 demo 配置启动。""".formatted(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MIN_LENGTH);

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Environment environment;
    private final TransactionTemplate tx;
    private final String password;

    AdminAccount(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            Environment environment,
            TransactionTemplate tx,
            @Value("${cfk.admin.password:}") String password) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.environment = environment;
        this.tx = tx;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (environment.acceptsProfiles(Profiles.of("demo")) && password.isBlank()) {
            return;
        }
        if (password.isBlank()) {
            throw new IllegalStateException(MISSING);
        }
        try {
            PasswordPolicy.check("CFK_ADMIN_PASSWORD", "admin", password);
        } catch (BadRequestException weak) {
            throw new IllegalStateException("CFK_ADMIN_PASSWORD is too weak (rule "
                    + weak.properties().get("rule") + "): " + weak.getMessage() + ". " + MISSING);
        }
        tx.executeWithoutResult(status -> {
            String current = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'")
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (current != null && encoder.matches(password, current)) {
                jdbc.sql("UPDATE app_user SET role = 'ADMIN', enabled = true WHERE username = 'admin'")
                        .update();
                return;
            }
            jdbc.sql("""
                    INSERT INTO app_user (username, password_hash, role, display_name, password_changed_at)
                    VALUES ('admin', :hash, 'ADMIN', '管理员 Administrator', now())
                    ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = 'ADMIN',
                        enabled = true, password_state = 'SET', password_changed_at = now()""").param("hash", encoder.encode(password)).update();
            log.info("Administrator account 'admin' set from the configured password");
        });
    }
}
