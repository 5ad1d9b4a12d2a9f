package cn.dongguan.cfk.reference;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads towns and industries. */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    private final JdbcClient jdbc;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Town> towns() {
        return jdbc.sql("SELECT code, name, name_en FROM town ORDER BY code")
                .query((rs, i) -> new Town(rs.getString("code"), rs.getString("name"), rs.getString("name_en")))
                .list();
    }

    /** The whole catalogue, retired industries too: for the names of data that has them. */
    public List<Industry> industries() {
        return industries(true);
    }

    /** The industries new data may take, as pick lists offer them: none retired. */
    public List<Industry> currentIndustries() {
        return industries(false);
    }

    private List<Industry> industries(boolean withRetired) {
        return jdbc.sql("SELECT code, name, name_en, group_code, retired FROM industry"
                        + (withRetired ? "" : " WHERE NOT retired") + " ORDER BY sort_order, code")
                .query((rs, i) -> new Industry(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("name_en"),
                        rs.getString("group_code"),
                        rs.getBoolean("retired")))
                .list();
    }
}
