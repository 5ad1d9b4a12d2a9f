package cn.dongguan.cfk.reference;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.ConflictException;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Versioned;
import cn.dongguan.cfk.shared.VersionedUpdate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The industry catalogue as administrators keep it: add, rename, regroup, retire (a retired industry
 * stays for the data that names it), and delete only what nothing uses. If-Match on the version.
 */
@Service
class IndustryCatalogue {

    static final String GROUP = "STRATEGIC|FUTURE|PILLAR";
    static final String GROUP_TEXT = "产业分组应为 STRATEGIC、FUTURE 或 PILLAR|The group must be STRATEGIC, FUTURE or PILLAR";

    record NewIndustry(
            @NotBlank
            @Pattern(
                    regexp = "[A-Z0-9_]{2,32}",
                    message = "产业编号应为 2 至 32 个大写字母、数字或 _|An industry code is 2 to 32 capitals, digits or _")
            String code,

            @NotBlank @Size(max = 64) String name,
            @NotBlank @Size(max = 128) String nameEn,

            @NotNull @Pattern(regexp = GROUP, message = GROUP_TEXT)
            String group) {}

    record Editable(
            @NotBlank @Size(max = 64) String name,
            @NotBlank @Size(max = 128) String nameEn,

            @NotNull @Pattern(regexp = GROUP, message = GROUP_TEXT)
            String group,

            @NotNull Boolean retired) {}

    /** An industry with how much names it (parks, enterprises, projects) and its version. */
    record CatalogueEntry(
            String code,
            String name,
            String nameEn,
            String group,
            int sortOrder,
            boolean retired,
            long usedBy,
            long version)
            implements Versioned {}

    private final JdbcClient jdbc;
    private final JsonBodies bodies;
    private final CurrentViewer viewer;

    IndustryCatalogue(JdbcClient jdbc, JsonBodies bodies, CurrentViewer viewer) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.viewer = viewer;
    }

    @Transactional(readOnly = true)
    List<CatalogueEntry> all() {
        viewer.requireAdmin();
        return jdbc.sql(SELECT + " ORDER BY i.sort_order, i.code")
                .query(IndustryCatalogue::entry)
                .list();
    }

    @Transactional
    CatalogueEntry add(JsonNode body) {
        viewer.requireAdmin();
        NewIndustry industry = bodies.read(body, NewIndustry.class);
        try {
            jdbc.sql("""
                    INSERT INTO industry (code, name, name_en, group_code, sort_order)
                    VALUES (:code, :name, :nameEn, :group, (SELECT coalesce(max(sort_order), 0) + 1 FROM industry))""")
                    .param("code", industry.code())
                    .param("name", industry.name().trim())
                    .param("nameEn", industry.nameEn().trim())
                    .param("group", industry.group())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "code",
                    "已有编号为 " + industry.code() + " 或名为“" + industry.name().trim() + "”的产业",
                    "An industry with the code " + industry.code() + " or the name '"
                            + industry.name().trim() + "' exists already",
                    Map.of());
        }
        return find(industry.code()).orElseThrow();
    }

    @Transactional
    CatalogueEntry patch(String code, String ifMatch, JsonNode body) {
        viewer.requireAdmin();
        CatalogueEntry current = find(code).orElseThrow(() -> notFound(code));
        ETags.requireMatch(ifMatch, current.version());
        Editable changed =
                bodies.merge(new Editable(current.name(), current.nameEn(), current.group(), current.retired()), body);
        String name = changed.name().trim();
        VersionedUpdate.run(
                jdbc.sql("""
                        UPDATE industry SET name = :name, name_en = :nameEn, group_code = :group, retired = :retired,
                            version = version + 1
                        WHERE code = :code AND version = :version""")
                        .param("name", name)
                        .param("nameEn", changed.nameEn().trim())
                        .param("group", changed.group())
                        .param("retired", changed.retired())
                        .param("code", current.code())
                        .param("version", current.version()),
                current.version(),
                () -> VersionedUpdate.nameTaken("产业", "industry", name));
        return find(current.code()).orElseThrow();
    }

    /** Deletes an industry nothing names; one in use is a 409 (retire it instead). */
    @Transactional
    void delete(String code, String ifMatch) {
        viewer.requireAdmin();
        CatalogueEntry current = find(code).orElseThrow(() -> notFound(code));
        ETags.requireMatch(ifMatch, current.version());
        if (current.usedBy() > 0) {
            throw new ConflictException(
                    "code",
                    "产业 " + code + " 仍被 " + current.usedBy() + " 个园区、企业或项目使用，不能删除；可将其停用",
                    "Industry " + code + " is used by " + current.usedBy()
                            + " parks, enterprises or projects and cannot be deleted: retire it instead",
                    Map.of("usedBy", current.usedBy()));
        }
        jdbc.sql("DELETE FROM industry WHERE code = ?").param(current.code()).update();
    }

    private static final String SELECT = """
            SELECT i.code, i.name, i.name_en, i.group_code, i.sort_order, i.retired, i.version,
                   (SELECT count(*) FROM park_industry p WHERE p.industry_code = i.code)
                 + (SELECT count(*) FROM enterprise e WHERE e.industry_code = i.code)
                 + (SELECT count(*) FROM expansion_project x WHERE x.industry_code = i.code) AS used_by
            FROM industry i""";

    private Optional<CatalogueEntry> find(String code) {
        return jdbc.sql(SELECT + " WHERE i.code = ?")
                .param(code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
                .query(IndustryCatalogue::entry)
                .optional();
    }

    private static CatalogueEntry entry(ResultSet rs, int row) throws SQLException {
        return new CatalogueEntry(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getString("group_code"),
                rs.getInt("sort_order"),
                rs.getBoolean("retired"),
                rs.getLong("used_by"),
                rs.getLong("version"));
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("产业 " + code + " 不存在", "Industry " + code + " does not exist");
    }
}
