package cn.dongguan.cfk.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the administrator's password must come from configuration
 * (CFK_ADMIN_PASSWORD): a start without it refuses to start, so no deployment runs with a
 * known or missing administrator password.
 */
@Component
class AdminAccount implements SmartInitializingSingleton {

    static final String MISSING = """
            No administrator password is configured. Set the environment variable CFK_ADMIN_PASSWORD \
            (or the property cfk.admin.password) to at least 8 characters, or start the demo profile \
            (--spring.profiles.active=demo) for the demo accounts. \
            未配置管理员密码：请设置环境变量 CFK_ADMIN_PASSWORD（至少 8 个字符），或以 demo 配置启动。""";

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Environment environment;
    private final String password;

    AdminAccount(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            Environment environment,
            @Value("${cfk.admin.password:}") String password) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.environment = environment;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (environment.acceptsProfiles(Profiles.of("demo")) && password.isBlank()) {
            return;
        }
        if (password.isBlank() || password.length() < 8) {
            throw new IllegalStateException(MISSING);
        }
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, role, display_name)
                VALUES ('admin', :hash, 'ADMIN', '管理员 Administrator')
                ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = 'ADMIN', enabled = true""").param("hash", encoder.encode(password)).update();
        log.info("Administrator account 'admin' set from the configured password");
    }
}
