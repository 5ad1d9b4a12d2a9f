package cn.dongguan.cfk.enterprise;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ConflictException;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.PreconditionException;
import cn.dongguan.cfk.shared.Texts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Adds and changes enterprises (staff and administrators): the credit code checked (GB 32100) and
 * unique, a duplicate answered 409 naming the enterprise that has it; no credit code makes a prospect.
 */
@Service
public class EnterpriseRegistry {

    private static final String COLUMNS =
            "id, name, credit_code, industry_code, grade, contact_name, contact_phone, contact_email, version";

    private final JdbcClient jdbc;
    private final JsonBodies bodies;
    private final CurrentViewer viewer;

    EnterpriseRegistry(JdbcClient jdbc, JsonBodies bodies, CurrentViewer viewer) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.viewer = viewer;
    }

    @Transactional(readOnly = true)
    public Optional<EnterpriseDetail> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE id = ?")
                .param(id)
                .query(EnterpriseRegistry::detail)
                .optional();
    }

    /** The enterprise with this credit code (any spacing or case), if there is one. */
    @Transactional(readOnly = true)
    public Optional<EnterpriseRef> byCreditCode(String creditCode) {
        return jdbc.sql("SELECT id, name, credit_code FROM enterprise WHERE credit_code = ?")
                .param(CreditCode.normalise(creditCode))
                .query((rs, i) ->
                        new EnterpriseRef(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code")))
                .optional();
    }

    @Transactional
    EnterpriseDetail create(JsonNode body) {
        viewer.requireStaffOrAdmin();
        return insert(checked(bodies.read(body, EnterpriseFields.class), null));
    }

    @Transactional
    EnterpriseDetail patch(long id, String ifMatch, JsonNode body) {
        viewer.requireStaffOrAdmin();
        EnterpriseDetail current = find(id).orElseThrow(() -> notFound(id));
        ETags.requireMatch(ifMatch, current.version());
        EnterpriseFields fields = checked(bodies.merge(current.fields(), body), id);
        int updated = jdbc.sql("""
                UPDATE enterprise SET name = :name, credit_code = :creditCode, industry_code = :industryCode,
                    grade = :grade, contact_name = :contactName, contact_phone = :contactPhone,
                    contact_email = :contactEmail, version = version + 1
                WHERE id = :id AND version = :version""")
                .paramSource(params(fields).addValue("id", id).addValue("version", current.version()))
                .update();
        if (updated == 0) {
            throw PreconditionException.stale(current.version());
        }
        return find(id).orElseThrow();
    }

    /**
     * An enterprise named at sign-up that is not in the directory yet (its code already checked for a
     * duplicate by the caller); answers its id.
     */
    @Transactional
    public long addFromSignUp(String name, String creditCode, String contactName, String contactPhone, String email) {
        return insert(checked(
                        new EnterpriseFields(name, creditCode, null, null, contactName, contactPhone, email), null))
                .id();
    }

    /** The fields normalised and checked beyond Bean Validation: the credit code, a known industry, no duplicate. */
    private EnterpriseFields checked(EnterpriseFields fields, Long self) {
        bodies.validate(fields);
        String code = fields.creditCode() == null || fields.creditCode().isBlank()
                ? null
                : CreditCode.normalise(fields.creditCode());
        if (code != null) {
            CreditCode.check("creditCode", code);
            byCreditCode(code).filter(e -> self == null || e.id() != self).ifPresent(existing -> {
                throw duplicate(existing);
            });
        }
        if (fields.industryCode() != null
                && jdbc.sql("SELECT count(*) FROM industry WHERE code = ?")
                                .param(fields.industryCode())
                                .query(Integer.class)
                                .single()
                        == 0) {
            throw new BadRequestException(
                    "industryCode",
                    "未知的产业编号 " + fields.industryCode(),
                    "Unknown industry code '" + fields.industryCode() + "'");
        }
        return new EnterpriseFields(
                fields.name().trim(),
                code,
                fields.industryCode(),
                fields.grade(),
                Texts.trimmed(fields.contactName()),
                Texts.trimmed(fields.contactPhone()),
                Texts.trimmed(fields.contactEmail()));
    }

    private EnterpriseDetail insert(EnterpriseFields fields) {
        try {
            long id = jdbc.sql("""
                    INSERT INTO enterprise (name, credit_code, industry_code, grade, contact_name, contact_phone,
                                            contact_email)
                    VALUES (:name, :creditCode, :industryCode, :grade, :contactName, :contactPhone, :contactEmail)
                    RETURNING id""").paramSource(fields).query(Long.class).single();
            return find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw duplicate(byCreditCode(fields.creditCode()).orElseThrow(() -> e));
        }
    }

    private static MapSqlParameterSource params(EnterpriseFields fields) {
        return new MapSqlParameterSource()
                .addValue("name", fields.name())
                .addValue("creditCode", fields.creditCode())
                .addValue("industryCode", fields.industryCode())
                .addValue("grade", fields.grade())
                .addValue("contactName", fields.contactName())
                .addValue("contactPhone", fields.contactPhone())
                .addValue("contactEmail", fields.contactEmail());
    }

    static ConflictException duplicate(EnterpriseRef existing) {
        return new ConflictException(
                "creditCode",
                "统一社会信用代码 " + existing.creditCode() + " 已属于企业“" + existing.name() + "”（编号 " + existing.id() + "）",
                "Credit code " + existing.creditCode() + " already belongs to '" + existing.name() + "' (id "
                        + existing.id() + ")",
                Map.of("existing", existing));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("企业 " + id + " 不存在", "Enterprise " + id + " does not exist");
    }

    private static EnterpriseDetail detail(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("credit_code");
        return new EnterpriseDetail(
                rs.getLong("id"),
                rs.getString("name"),
                code,
                code == null,
                rs.getString("industry_code"),
                rs.getString("grade"),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getString("contact_email"),
                rs.getLong("version"));
    }
}
