package cn.dongguan.cfk.alert;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway V241 (a Java migration, registered with Flyway as a bean): the typed criteria (V240) of the
 * searches saved before they were kept, parsed by the searches' own parsers, which SQL could only copy.
 */
@Component
class V241__SavedSearchCriteria extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        SavedCriteria.fillMissing(jdbc);
    }
}
