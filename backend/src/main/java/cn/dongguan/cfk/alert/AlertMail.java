package cn.dongguan.cfk.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends notifications by e-mail when SMTP is configured ({@code spring.mail.host}): those of
 * IMMEDIATE searches within a round of the delivery, those of DAILY ones in one digest per address a
 * day ({@code cfk.alert.digest-cron}, 08:00 in Dongguan). The notifications are taken with FOR UPDATE
 * SKIP LOCKED and marked mailed in the transaction that sends them: one instance mails each; a
 * failed send leaves them for the next round.
 */
@Component
class AlertMail {

    private static final Logger log = LoggerFactory.getLogger(AlertMail.class);
    private static final int BATCH = 200;

    private record Pending(long id, String mailTo, String subjectName, String what) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    AlertMail(
            JdbcClient jdbc,
            TransactionTemplate tx,
            ObjectProvider<JavaMailSender> mailSender,
            @Value("${cfk.alert.mail-from:noreply@cfk.example}") String from) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.mailSender = mailSender;
        this.from = from;
    }

    @Scheduled(
            fixedDelayString = "${cfk.alert.delivery-delay:1s}",
            initialDelayString = "${cfk.alert.delivery-delay:1s}")
    void immediate() {
        send("IMMEDIATE");
    }

    @Scheduled(cron = "${cfk.alert.digest-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    void digest() {
        send("DAILY");
    }

    /** Mails the waiting notifications of that mode, one message per address; answers how many it mailed. */
    int send(String mode) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        try {
            Integer sent = tx.execute(status -> {
                List<Pending> pending = jdbc.sql("""
                        SELECT id, mail_to, subject_name, what FROM notification
                        WHERE mailed_at IS NULL AND mail_to IS NOT NULL AND mail_mode = :mode
                        ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED""")
                        .param("mode", mode)
                        .param("batch", BATCH)
                        .query((rs, i) -> new Pending(
                                rs.getLong("id"),
                                rs.getString("mail_to"),
                                rs.getString("subject_name"),
                                rs.getString("what")))
                        .list();
                if (pending.isEmpty()) {
                    return 0;
                }
                Map<String, List<Pending>> byAddress = new LinkedHashMap<>();
                pending.forEach(p -> byAddress
                        .computeIfAbsent(p.mailTo(), a -> new ArrayList<>())
                        .add(p));
                List<SimpleMailMessage> messages = new ArrayList<>();
                byAddress.forEach((address, items) -> messages.add(message(address, items, mode)));
                sender.send(messages.toArray(SimpleMailMessage[]::new));
                jdbc.sql("UPDATE notification SET mailed_at = now() WHERE id IN (:ids)")
                        .param("ids", pending.stream().map(Pending::id).toList())
                        .update();
                return pending.size();
            });
            return sent == null ? 0 : sent;
        } catch (RuntimeException e) {
            log.warn("Alert e-mail failed, retrying on the next round", e);
            return 0;
        }
    }

    private SimpleMailMessage message(String address, List<Pending> items, String mode) {
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(address);
        m.setSubject(("DAILY".equals(mode) ? "厂房库每日提醒 · Daily alerts: " : "厂房库提醒 · Alert: ") + items.size()
                + " 条 / item(s)");
        StringBuilder text = new StringBuilder("您保存的搜索有新变化 · Your saved searches have news:\n\n");
        for (Pending p : items) {
            text.append("• ")
                    .append(p.subjectName())
                    .append("\n  ")
                    .append(p.what())
                    .append("\n");
        }
        text.append("\n在厂房库查看 · See them in 厂房库 GIS: /api/me/notifications\n");
        m.setText(text.toString());
        return m;
    }
}
