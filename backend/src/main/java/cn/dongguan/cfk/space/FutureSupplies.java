package cn.dongguan.cfk.space;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a building is under construction (future supply), as the view {@code future_supply} (V220)
 * defines it: linked to a redevelopment project in 在建. Its units are available from the project's
 * expected completion.
 */
@Repository
@Transactional(readOnly = true)
class FutureSupplies {

    private final JdbcClient jdbc;

    FutureSupplies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The expected completion of the building; empty when it is not under construction. */
    Optional<LocalDate> expectedCompletion(long buildingId) {
        return jdbc.sql("SELECT expected_completion FROM future_supply WHERE building_id = ?")
                .param(buildingId)
                .query(LocalDate.class)
                .optional();
    }
}
