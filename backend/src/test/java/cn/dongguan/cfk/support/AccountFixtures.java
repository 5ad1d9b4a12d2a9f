package cn.dongguan.cfk.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes what the account tests added to the shared test database, so that tests that count the
 * sample data still find it as it was: enterprises with a test credit code (region 999999, see
 * {@link TestRequests#newCreditCode()}) or none (prospects; the sample has none), their accounts, and
 * the test industries.
 */
public final class AccountFixtures {

    private AccountFixtures() {}

    public static void clean(JdbcTemplate jdbc) {
        String fixtures = "SELECT id FROM enterprise WHERE credit_code IS NULL OR credit_code LIKE '91999999%'";
        jdbc.update("DELETE FROM app_user WHERE enterprise_id IN (" + fixtures + ")");
        jdbc.update("UPDATE expansion_project SET enterprise_id = NULL WHERE enterprise_id IN (" + fixtures + ")");
        jdbc.update("DELETE FROM enterprise WHERE id IN (" + fixtures + ")");
        jdbc.update("""
                DELETE FROM industry i WHERE (code LIKE 'MATRIX%' OR code LIKE 'TEST\\_%' OR code LIKE 'AUDIT\\_%')
                  AND NOT EXISTS (SELECT 1 FROM park_industry p WHERE p.industry_code = i.code)""");
    }
}
