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

    public List<Industry> industries() {
        return jdbc.sql("SELECT code, name, name_en, group_code FROM industry ORDER BY sort_order")
                .query((rs, i) -> new Industry(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("name_en"),
                        rs.getString("group_code")))
                .list();
    }
}
