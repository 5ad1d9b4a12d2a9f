package cn.dongguan.cfk.alert;

import java.time.Instant;

/**
 * What a user is told: {@code subject} (a unit) now {@code fits} one of their saved searches or no
 * longer does, and {@code what} changed, in Chinese and English.
 */
record Notification(
        long id,
        String subjectKind,
        long subjectId,
        String subjectName,
        Long savedSearchId,
        boolean fits,
        String what,
        Instant createdAt,
        boolean read) {}
