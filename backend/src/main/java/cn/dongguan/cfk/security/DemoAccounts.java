package cn.dongguan.cfk.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo accounts of SPEC §5 (demo profile only): admin, staff, enterprise and manager01…manager35,
 * each with the password "demo"; managerNN manages park DG-PNN. Idempotent.
 */
@Component
@ConditionalOnBooleanProperty("cfk.demo-accounts")
public class DemoAccounts implements SmartInitializingSingleton {

    public static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;

    DemoAccounts(JdbcClient jdbc, PasswordEncoder encoder, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(status -> ensure());
    }

    /** Creates the accounts that are missing and links each manager to their park when it exists. */
    public void ensure() {
        if (jdbc.sql("SELECT count(*) FROM app_user WHERE username IN ('admin', 'staff', 'enterprise', 'manager35')")
                                .query(Integer.class)
                                .single()
                        == 4
                && jdbc.sql("SELECT count(*) FROM user_park")
                                .query(Integer.class)
                                .single()
                        > 0) {
            return;
        }
        String hash = encoder.encode(PASSWORD);
        account("admin", Role.ADMIN, "管理员 Administrator", hash);
        account("staff", Role.STAFF, "招商人员 Investment staff", hash);
        account("enterprise", Role.ENTERPRISE, "示例企业用户 Enterprise user", hash);
        jdbc.sql("""
                UPDATE app_user SET enterprise_id = (SELECT min(id) FROM enterprise)
                WHERE username = 'enterprise' AND enterprise_id IS NULL""").update();
        for (int n = 1; n <= 35; n++) {
            String park = "DG-P%02d".formatted(n);
            String username = "manager%02d".formatted(n);
            account(username, Role.PARK_MANAGER, "园区管理员 " + park, hash);
            jdbc.sql("""
                    INSERT INTO user_park (username, park_code)
                    SELECT :username, code FROM park WHERE code = :park
                    ON CONFLICT DO NOTHING""").param("username", username).param("park", park).update();
        }
        log.info("Demo accounts ready: admin, staff, enterprise, manager01…manager35 (password '{}')", PASSWORD);
    }

    private void account(String username, Role role, String displayName, String hash) {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, role, display_name)
                VALUES (:username, :hash, :role, :displayName)
                ON CONFLICT (username) DO NOTHING""")
                .param("username", username)
                .param("hash", hash)
                .param("role", role.name())
                .param("displayName", displayName)
                .update();
    }
}
