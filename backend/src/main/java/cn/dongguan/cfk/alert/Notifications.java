package cn.dongguan.cfk.alert;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's notifications, newest first, and which of them are read. */
@Service
class Notifications {

    /** A page of notifications with the number still unread. */
    record NotificationPage(List<Notification> items, long total, int page, int size, long unread) {}

    private final JdbcClient jdbc;
    private final CurrentViewer viewer;

    Notifications(JdbcClient jdbc, CurrentViewer viewer) {
        this.jdbc = jdbc;
        this.viewer = viewer;
    }

    @Transactional(readOnly = true)
    NotificationPage page(int page, int size) {
        Paging paging = Page.check(page, size);
        String user = viewer.requireUsername();
        Page<Notification> found = paging.select(
                jdbc,
                "SELECT count(*) FROM notification WHERE username = :user",
                "SELECT * FROM notification WHERE username = :user ORDER BY id DESC" + Paging.LIMIT,
                Map.of("user", user),
                (rs, i) -> new Notification(
                        rs.getLong("id"),
                        rs.getString("subject_kind"),
                        rs.getLong("subject_id"),
                        rs.getString("subject_name"),
                        rs.getObject("saved_search_id", Long.class),
                        rs.getObject("project_id", Long.class),
                        rs.getBoolean("fits"),
                        rs.getString("what"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null));
        return new NotificationPage(found.items(), found.total(), found.page(), found.size(), unread(user));
    }

    /** Marks the given notifications (all when {@code ids} is empty) as read; answers the number still unread. */
    @Transactional
    long read(List<Long> ids) {
        String user = viewer.requireUsername();
        if (ids.isEmpty()) {
            jdbc.sql("UPDATE notification SET read_at = now() WHERE username = ? AND read_at IS NULL")
                    .param(user)
                    .update();
        } else {
            jdbc.sql(
                            "UPDATE notification SET read_at = now() WHERE username = :user AND read_at IS NULL AND id IN (:ids)")
                    .param("user", user)
                    .param("ids", ids)
                    .update();
        }
        return unread(user);
    }

    private long unread(String user) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE username = ? AND read_at IS NULL")
                .param(user)
                .query(Long.class)
                .single();
    }
}
