package cn.dongguan.cfk.alert;

import cn.dongguan.cfk.land.ParcelQueries;
import cn.dongguan.cfk.matching.StandingProjects;
import cn.dongguan.cfk.shared.HitChange;
import cn.dongguan.cfk.space.SpaceQueries;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the outbox's changes into notifications, a batch per transaction: the rows are taken with
 * FOR UPDATE SKIP LOCKED and deleted with the notifications written, so each change is delivered
 * once, by whichever instance took it; a notification's unique key (change, saved search) holds even
 * if a batch were ever retried. For each change one statement over all saved searches of its kind, by
 * the search's own conditions on their stored criteria ({@link SavedCriteria}), says which searches the
 * unit or parcel was a hit of before the change and is not after, or the other way round; each is a
 * notification. Open projects
 * are standing searches too: matching's reverse match ({@link StandingProjects}) says which projects
 * the unit fitted before and fits after, and each project that differs tells its assigned staff
 * member and, for an enterprise's own requirement, the enterprise's accounts.
 */
@Component
class AlertDelivery {

    private static final Logger log = LoggerFactory.getLogger(AlertDelivery.class);
    private static final int BATCH = 100;

    private record Change(long id, String kind, long subjectId, String before, String after, Instant at) {}

    /** A saved search's owner and where its alerts are mailed. */
    private record Watcher(long id, String username, String mailTo, String mailMode) {}

    private record Recipient(String username, String mailTo) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SpaceQueries spaces;
    private final ParcelQueries parcels;
    private final StandingProjects projects;

    AlertDelivery(
            JdbcClient jdbc,
            TransactionTemplate tx,
            SpaceQueries spaces,
            ParcelQueries parcels,
            StandingProjects projects) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.spaces = spaces;
        this.parcels = parcels;
        this.projects = projects;
    }

    @Scheduled(
            fixedDelayString = "${cfk.alert.delivery-delay:1s}",
            initialDelayString = "${cfk.alert.delivery-delay:1s}")
    void run() {
        try {
            while (deliver() == BATCH) {
                // more waiting: go on
            }
        } catch (RuntimeException e) {
            log.warn("Alert delivery failed, retrying on the next round", e);
        }
    }

    /** Delivers one batch of committed changes; answers how many changes it took. */
    int deliver() {
        Integer taken = tx.execute(status -> {
            List<Change> changes = jdbc.sql("""
                    SELECT id, subject_kind, subject_id, before::text AS before, after::text AS after, created_at
                    FROM alert_change ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED""")
                    .param("batch", BATCH)
                    .query((rs, i) -> new Change(
                            rs.getLong("id"),
                            rs.getString("subject_kind"),
                            rs.getLong("subject_id"),
                            rs.getString("before"),
                            rs.getString("after"),
                            rs.getTimestamp("created_at").toInstant()))
                    .list();
            if (changes.isEmpty()) {
                return 0;
            }
            for (Change c : changes) {
                deliverToSearches(c);
                if (c.kind().equals("unit")) {
                    deliverToProjects(c);
                }
            }
            jdbc.sql("DELETE FROM alert_change WHERE id IN (:ids)")
                    .param("ids", changes.stream().map(Change::id).toList())
                    .update();
            return changes.size();
        });
        return taken == null ? 0 : taken;
    }

    /**
     * Tells the owner of each saved search the change moved the unit or parcel into or out of: one
     * statement over all saved searches of the kind (those saved by the time of the change).
     */
    private void deliverToSearches(Change c) {
        boolean unit = c.kind().equals("unit");
        Map<String, Object> since = Map.of("since", Timestamp.from(c.at()));
        List<HitChange> turned = unit
                ? spaces.changedHits(SavedCriteria.SPACE_SEARCHES, since, c.before(), c.after())
                : parcels.changedHits(SavedCriteria.PARCEL_SEARCHES, since, c.before(), c.after());
        if (turned.isEmpty()) {
            return;
        }
        Map<Long, Watcher> watchers =
                watchers(turned.stream().map(HitChange::searchId).toList());
        String name = unit ? unitName(c.subjectId()) : parcelName(c.subjectId());
        for (HitChange t : turned) {
            Watcher w = watchers.get(t.searchId());
            if (w == null) {
                continue; // deleted meanwhile
            }
            jdbc.sql("""
                    INSERT INTO notification (username, change_id, saved_search_id, subject_kind, subject_id,
                        subject_name, fits, what, mail_to, mail_mode)
                    VALUES (:user, :change, :search, :kind, :subject, :name, :fits, :what, :mailTo,
                        CASE WHEN CAST(:mailTo AS text) IS NULL THEN 'NONE' ELSE :mailMode END)
                    ON CONFLICT ON CONSTRAINT notification_once DO NOTHING""")
                    .param("user", w.username())
                    .param("change", c.id())
                    .param("search", w.id())
                    .param("kind", c.kind())
                    .param("subject", c.subjectId())
                    .param("name", name)
                    .param("fits", t.fits())
                    .param("what", what(c, t.fits()))
                    .param("mailTo", w.mailTo())
                    .param("mailMode", w.mailMode())
                    .update();
        }
    }

    /** The owners of these saved searches and where their alerts are mailed. */
    private Map<Long, Watcher> watchers(List<Long> ids) {
        return jdbc
                .sql("""
                        SELECT s.id, s.username, s.email_mode,
                               CASE WHEN s.email_mode <> 'NONE' THEN coalesce(s.email, a.email, e.contact_email) END AS mail_to
                        FROM saved_search s
                        JOIN app_user a ON a.username = s.username
                        LEFT JOIN enterprise e ON e.id = a.enterprise_id
                        WHERE s.id IN (:ids)""")
                .param("ids", ids)
                .query((rs, i) -> new Watcher(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("mail_to"),
                        rs.getString("email_mode")))
                .list()
                .stream()
                .collect(Collectors.toMap(Watcher::id, w -> w));
    }

    /** Tells each open project the unit started or stopped fitting: its staff member and its enterprise. */
    private void deliverToProjects(Change c) {
        Map<Long, String> before = fits(c.before());
        Map<Long, String> after = fits(c.after());
        String name = null;
        for (Map.Entry<Long, String> p : union(before, after).entrySet()) {
            boolean fits = after.containsKey(p.getKey());
            if (before.containsKey(p.getKey()) == fits) {
                continue;
            }
            if (name == null) {
                name = unitName(c.subjectId());
            }
            String what = projectWhat(c, fits, p.getValue());
            for (Recipient r : recipients(p.getKey())) {
                jdbc.sql("""
                        INSERT INTO notification (username, change_id, project_id, subject_kind, subject_id,
                            subject_name, fits, what, mail_to, mail_mode)
                        VALUES (:user, :change, :project, :kind, :subject, :name, :fits, :what, :mailTo,
                            CASE WHEN CAST(:mailTo AS text) IS NULL THEN 'NONE' ELSE 'IMMEDIATE' END)
                        ON CONFLICT ON CONSTRAINT notification_project_once DO NOTHING""")
                        .param("user", r.username())
                        .param("change", c.id())
                        .param("project", p.getKey())
                        .param("kind", c.kind())
                        .param("subject", c.subjectId())
                        .param("name", name)
                        .param("fits", fits)
                        .param("what", what)
                        .param("mailTo", r.mailTo())
                        .update();
            }
        }
    }

    private Map<Long, String> fits(String listing) {
        return projects.fitting(listing).stream()
                .collect(Collectors.toMap(StandingProjects.Fit::projectId, StandingProjects.Fit::projectName));
    }

    private static Map<Long, String> union(Map<Long, String> a, Map<Long, String> b) {
        Map<Long, String> all = new java.util.TreeMap<>(a);
        all.putAll(b);
        return all;
    }

    /**
     * The project's assigned staff member and, for an enterprise's own requirement, the enterprise's accounts;
     * mailed at the account's address, or an enterprise account's at its enterprise's contact address.
     */
    private List<Recipient> recipients(long project) {
        return jdbc.sql("""
                        SELECT a.username, coalesce(a.email, CASE WHEN a.role = 'ENTERPRISE' THEN e.contact_email END) AS mail_to
                        FROM expansion_project p
                        JOIN app_user a ON a.enabled AND (a.username = p.assigned_staff
                            OR (p.source = 'ENTERPRISE' AND a.role = 'ENTERPRISE' AND a.enterprise_id = p.enterprise_id))
                        LEFT JOIN enterprise e ON e.id = a.enterprise_id
                        WHERE p.id = ? ORDER BY a.username""")
                .param(project)
                .query((rs, i) -> new Recipient(rs.getString("username"), rs.getString("mail_to")))
                .list();
    }

    private String projectWhat(Change c, boolean fits, String project) {
        if (fits) {
            return "现符合项目「" + project + "」的需求 · Now fits the requirement of project \"" + project + "\"";
        }
        String why = c.after() == null ? what(c, false) : "信息变化 · after a change";
        return "不再符合项目「" + project + "」的需求：" + why + " · No longer fits project \"" + project + "\"";
    }

    private String what(Change c, boolean fits) {
        if (c.kind().equals("parcel")) {
            return parcelWhat(c, fits);
        }
        if (fits) {
            return c.before() == null
                    ? "现已空置，符合您保存的搜索 · Now vacant and a match for your saved search"
                    : "信息变化后符合您保存的搜索（租金、面积、核实等）· Now a match after a change (rent, area, confirmation …)";
        }
        if (c.after() != null) {
            return "信息变化后不再符合您保存的搜索 · No longer a match after a change (rent, area, terms …)";
        }
        String status = jdbc.sql("SELECT status FROM space_unit WHERE id = ?")
                .param(c.subjectId())
                .query(String.class)
                .optional()
                .orElse("REMOVED");
        return switch (status) {
            case "OCCUPIED" -> "已出租，不再可租 · Let: no longer available";
            case "RESERVED" -> "已预订，不再可租 · Reserved: no longer available";
            case "REMOVED" -> "已删除，不再可租 · Removed: no longer available";
            default -> "不再空置 · No longer available";
        };
    }

    private String parcelWhat(Change c, boolean fits) {
        if (fits) {
            return c.before() == null
                    ? "新地块，符合您保存的搜索 · A new parcel that matches your saved search"
                    : "信息变化后符合您保存的搜索（状态、面积、用途、供地日期等）· Now a match after a change (status, area, use, supply date …)";
        }
        if (c.after() == null) {
            return "地块已删除 · The parcel was removed";
        }
        String status = jdbc.sql("SELECT status FROM parcel WHERE id = ?")
                .param(c.subjectId())
                .query(String.class)
                .optional()
                .orElse("");
        return switch (status) {
            case "SUPPLIED" -> "已出让，不再可供 · Supplied: no longer available";
            case "UNDER_CONSTRUCTION", "BUILT" -> "已在建或建成，不再可供 · Under construction or built: no longer available";
            default -> "信息变化后不再符合您保存的搜索（状态、面积、用途等）· No longer a match after a change (status, area, use …)";
        };
    }

    private String parcelName(long parcelId) {
        return jdbc.sql("SELECT '地块 ' || parcel_no FROM parcel WHERE id = ?")
                .param(parcelId)
                .query(String.class)
                .optional()
                .orElse("地块 #" + parcelId);
    }

    private String unitName(long unitId) {
        return jdbc.sql("""
                SELECT b.name || ' ' || CASE WHEN u.floor_from = u.floor_to THEN u.floor_from || '层'
                                             ELSE u.floor_from || '–' || u.floor_to || '层' END
                FROM space_unit u JOIN building b ON b.id = u.building_id WHERE u.id = ?""").param(unitId).query(String.class).optional().orElse("单元 #" + unitId);
    }
}
