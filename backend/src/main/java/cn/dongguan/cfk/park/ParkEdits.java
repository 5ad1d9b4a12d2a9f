package cn.dongguan.cfk.park;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Texts;
import cn.dongguan.cfk.shared.Versioned;
import cn.dongguan.cfk.shared.VersionedUpdate;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Administrators edit a park's name, level, positioning industries, managing body, contact and
 * planned area, with If-Match on the park's version. A retired industry can stay where it is but not
 * be added.
 */
@Service
class ParkEdits {

    /** A park as administrators edit it, with its version (the ETag). */
    record EditablePark(
            String code,
            String name,
            String level,
            List<String> industries,
            String managingBody,
            String contactName,
            String contactPhone,
            BigDecimal plannedAreaM2,
            long version)
            implements Versioned {

        ParkFields fields() {
            return new ParkFields(name, level, industries, managingBody, contactName, contactPhone, plannedAreaM2);
        }
    }

    private final JdbcClient jdbc;
    private final JsonBodies bodies;
    private final CurrentViewer viewer;

    ParkEdits(JdbcClient jdbc, JsonBodies bodies, CurrentViewer viewer) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.viewer = viewer;
    }

    @Transactional(readOnly = true)
    List<EditablePark> all() {
        viewer.requireAdmin();
        return jdbc.sql(SELECT + " ORDER BY p.code").query(this::park).list();
    }

    @Transactional(readOnly = true)
    EditablePark get(String code) {
        viewer.requireAdmin();
        return find(code).orElseThrow(() -> notFound(code));
    }

    @Transactional
    EditablePark patch(String code, String ifMatch, JsonNode body) {
        viewer.requireAdmin();
        EditablePark current = find(code).orElseThrow(() -> notFound(code));
        ETags.requireMatch(ifMatch, current.version());
        ParkFields fields = bodies.merge(current.fields(), body);
        List<String> industries = fields.industries().stream().distinct().toList();
        for (String industry : industries) {
            Boolean retired = jdbc.sql("SELECT retired FROM industry WHERE code = ?")
                    .param(industry)
                    .query(Boolean.class)
                    .optional()
                    .orElseThrow(() -> new BadRequestException(
                            "industries", "未知的产业编号 " + industry, "Unknown industry code '" + industry + "'"));
            if (retired && !current.industries().contains(industry)) {
                throw new BadRequestException(
                        "industries",
                        "产业 " + industry + " 已停用，不能再加入园区定位",
                        "Industry " + industry + " is retired and cannot be added to a park's positioning");
            }
        }
        String name = fields.name().trim();
        VersionedUpdate.run(
                jdbc.sql("""
                        UPDATE park SET name = :name, level = :level, managing_body = :managingBody,
                            contact_name = :contactName, contact_phone = :contactPhone, planned_area_m2 = :plannedAreaM2,
                            version = version + 1
                        WHERE code = :code AND version = :version""")
                        .param("name", name)
                        .param("level", fields.level())
                        .param("managingBody", Texts.trimmed(fields.managingBody()))
                        .param("contactName", Texts.trimmed(fields.contactName()))
                        .param("contactPhone", Texts.trimmed(fields.contactPhone()))
                        .param("plannedAreaM2", fields.plannedAreaM2())
                        .param("code", current.code())
                        .param("version", current.version()),
                current.version(),
                () -> VersionedUpdate.nameTaken("园区", "park", name));
        jdbc.sql("DELETE FROM park_industry WHERE park_code = :code AND NOT (industry_code = ANY (:industries))")
                .param("code", current.code())
                .param("industries", industries.toArray(String[]::new))
                .update();
        for (String industry : industries) {
            jdbc.sql("INSERT INTO park_industry (park_code, industry_code) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(current.code(), industry)
                    .update();
        }
        return find(current.code()).orElseThrow();
    }

    private static final String SELECT = """
            SELECT p.code, p.name, p.level, p.managing_body, p.contact_name, p.contact_phone, p.planned_area_m2,
                   p.version,
                   ARRAY(SELECT pi.industry_code FROM park_industry pi JOIN industry i ON i.code = pi.industry_code
                         WHERE pi.park_code = p.code ORDER BY i.sort_order) AS industries
            FROM park p""";

    private Optional<EditablePark> find(String code) {
        return jdbc.sql(SELECT + " WHERE p.code = ?")
                .param(ParkCode.parse(code, "code"))
                .query(this::park)
                .optional();
    }

    private EditablePark park(ResultSet rs, int row) throws SQLException {
        return new EditablePark(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("level"),
                List.of((String[]) rs.getArray("industries").getArray()),
                rs.getString("managing_body"),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getBigDecimal("planned_area_m2"),
                rs.getLong("version"));
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("园区 " + code + " 不存在", "Park " + code + " does not exist");
    }
}
