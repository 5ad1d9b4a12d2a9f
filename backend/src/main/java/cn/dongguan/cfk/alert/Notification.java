package cn.dongguan.cfk.alert;

import java.time.Instant;

/**
 * What a user is told: {@code subject} (a unit) now {@code fits} one of their saved searches
 * ({@code savedSearchId}) or open projects ({@code projectId}) or no longer does, and {@code what}
 * changed, in Chinese and English; or a project's follow-up is due ({@code subjectKind} project).
 */
record Notification(
        long id,
        String subjectKind,
        long subjectId,
        String subjectName,
        Long savedSearchId,
        Long projectId,
        boolean fits,
        String what,
        Instant createdAt,
        boolean read) {}
