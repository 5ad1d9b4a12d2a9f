package cn.dongguan.cfk.enquiry;

import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enquiries in SQL, with the subject they ask about and the park that owns it. */
@Repository
class EnquiryStore {

    private static final String SELECT = """
            SELECT q.*, e.name AS enterprise_name,
                   CASE WHEN q.unit_id IS NOT NULL THEN 'unit' WHEN q.building_id IS NOT NULL THEN 'building'
                        ELSE 'parcel' END AS subject_kind,
                   coalesce(q.unit_id, q.building_id, q.parcel_id) AS subject_id,
                   CASE WHEN q.unit_id IS NOT NULL THEN ub.name || ' ' ||
                             CASE WHEN u.floor_from = u.floor_to THEN u.floor_from || '层'
                                  ELSE u.floor_from || '–' || u.floor_to || '层' END
                        WHEN q.building_id IS NOT NULL THEN b.name ELSE p.parcel_no END AS subject_name
            FROM enquiry q
            LEFT JOIN enterprise e ON e.id = q.enterprise_id
            LEFT JOIN space_unit u ON u.id = q.unit_id
            LEFT JOIN building ub ON ub.id = u.building_id
            LEFT JOIN building b ON b.id = q.building_id
            LEFT JOIN parcel p ON p.id = q.parcel_id
            """;

    private final JdbcClient jdbc;

    EnquiryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A subject that exists, and the park that owns it (empty text when outside the parks). */
    record Owner(boolean exists, String parkCode) {}

    Owner owner(EnquiryInput in) {
        String sql;
        long id;
        if (in.unitId() != null) {
            sql = "SELECT b.park_code FROM space_unit u JOIN building b ON b.id = u.building_id WHERE u.id = ?";
            id = in.unitId();
        } else if (in.buildingId() != null) {
            sql = "SELECT park_code FROM building WHERE id = ?";
            id = in.buildingId();
        } else {
            sql = "SELECT park_code FROM parcel WHERE id = ?";
            id = in.parcelId();
        }
        List<String> parks =
                jdbc.sql(sql).param(id).query((rs, i) -> rs.getString(1)).list();
        return parks.isEmpty() ? new Owner(false, null) : new Owner(true, parks.get(0));
    }

    /** The staff member assigned to the enterprise's newest open project (INTENT or SITING), if any. */
    Optional<String> assignedStaff(long enterpriseId) {
        return jdbc.sql("""
                SELECT assigned_staff FROM expansion_project
                WHERE enterprise_id = ? AND status IN ('INTENT', 'SITING') AND assigned_staff IS NOT NULL
                ORDER BY created_at DESC, id DESC LIMIT 1""").param(enterpriseId).query(String.class).optional();
    }

    /** The enterprise's own contacts, for a signed-in enterprise that gives none. */
    Optional<EnquiryInput> enterpriseContacts(long enterpriseId, EnquiryInput in) {
        return jdbc.sql("SELECT contact_name, contact_phone, contact_email FROM enterprise WHERE id = ?")
                .param(enterpriseId)
                .query((rs, i) -> new EnquiryInput(
                        in.unitId(),
                        in.buildingId(),
                        in.parcelId(),
                        in.message(),
                        in.preferredDates(),
                        rs.getString("contact_name"),
                        rs.getString("contact_phone"),
                        rs.getString("contact_email")))
                .optional();
    }

    record NewEnquiry(EnquiryInput input, String parkCode, Long enterpriseId, String asker, String routedStaff) {}

    long insert(NewEnquiry q) {
        EnquiryInput in = q.input();
        return jdbc.sql("""
                INSERT INTO enquiry (unit_id, building_id, parcel_id, park_code, message, preferred_dates,
                    contact_name, contact_phone, contact_email, enterprise_id, asker, routed_staff)
                VALUES (:unit, :building, :parcel, :park, :message, :dates, :name, :phone, :email, :enterprise,
                    :asker, :staff)
                RETURNING id""")
                .param("unit", in.unitId())
                .param("building", in.buildingId())
                .param("parcel", in.parcelId())
                .param("park", q.parkCode())
                .param("message", in.message().trim())
                .param("dates", in.preferredDates())
                .param("name", in.contactName())
                .param("phone", in.contactPhone())
                .param("email", in.contactEmail())
                .param("enterprise", q.enterpriseId())
                .param("asker", q.asker())
                .param("staff", q.routedStaff())
                .query(Long.class)
                .single();
    }

    Optional<EnquiryView> find(long id) {
        return jdbc.sql(SELECT + " WHERE q.id = :id")
                .param("id", id)
                .query((rs, i) -> view(rs))
                .optional();
    }

    /**
     * The filters of GET /api/enquiries, and the viewer's scope: {@code everything} for staff;
     * otherwise the enquiries of {@code parks} or those {@code asker} sent.
     */
    record Filter(
            EnquiryStatus status,
            String park,
            String subjectKind,
            Long subjectId,
            boolean everything,
            Collection<String> parks,
            String asker) {}

    Page<EnquiryView> page(Filter f, Paging paging) {
        String where = """
                 WHERE (CAST(:status AS text) IS NULL OR q.status = :status)
                   AND (CAST(:park AS text) IS NULL OR q.park_code = :park)
                   AND (CAST(:kind AS text) IS NULL
                        OR (:kind = 'unit' AND q.unit_id = :subjectId)
                        OR (:kind = 'building' AND q.building_id = :subjectId)
                        OR (:kind = 'parcel' AND q.parcel_id = :subjectId))
                   AND (:everything OR q.park_code IN (:parks) OR q.asker = :asker)
                """;
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("status", f.status() == null ? null : f.status().name())
                .addValue("park", f.park())
                .addValue("kind", f.subjectKind())
                .addValue("subjectId", f.subjectId() == null ? -1L : f.subjectId())
                .addValue("everything", f.everything())
                .addValue("parks", parksOrNone(f.parks()))
                .addValue("asker", f.asker() == null ? "" : f.asker());
        return paging.select(
                jdbc,
                "SELECT count(*) FROM enquiry q" + where,
                SELECT + where + " ORDER BY q.created_at DESC, q.id DESC" + Paging.LIMIT,
                params.getValues(),
                (rs, i) -> view(rs));
    }

    /** The parks as an IN list, never an empty one (no park code is empty). */
    private static List<String> parksOrNone(Collection<String> parks) {
        return parks.isEmpty() ? List.of("") : List.copyOf(parks);
    }

    /** Updates when the stored version is still {@code version}; false when someone else changed it. */
    boolean update(long id, long version, EnquiryPatch patch) {
        return jdbc.sql("""
                        UPDATE enquiry SET status = :status, notes = :notes, updated_at = now(), version = version + 1
                        WHERE id = :id AND version = :version""")
                        .param("status", patch.status().name())
                        .param(
                                "notes",
                                patch.notes() == null || patch.notes().isBlank()
                                        ? null
                                        : patch.notes().trim())
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    private static EnquiryView view(ResultSet rs) throws SQLException {
        return new EnquiryView(
                rs.getLong("id"),
                new EnquiryView.Subject(
                        rs.getString("subject_kind"), rs.getLong("subject_id"), rs.getString("subject_name")),
                rs.getString("park_code"),
                rs.getString("message"),
                rs.getString("preferred_dates"),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getString("contact_email"),
                rs.getObject("enterprise_id", Long.class),
                rs.getString("enterprise_name"),
                rs.getString("asker"),
                rs.getString("routed_staff"),
                EnquiryStatus.valueOf(rs.getString("status")),
                rs.getString("notes"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                rs.getLong("version"));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t.toInstant();
    }
}
