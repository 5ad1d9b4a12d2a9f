/**
 * The audit (issue 12): who changed what, when and from where. Row triggers on the audited tables
 * (migration V72) write {@code audit_event} in the same transaction as the change, reading the actor
 * and client address that {@link cn.dongguan.cfk.audit.AuditContext} sets at the start of every
 * transaction; sign-ins are recorded through {@link cn.dongguan.cfk.audit.AuditLog}. Administrators
 * read it at {@code GET /api/admin/audit}.
 * Public surface: {@link cn.dongguan.cfk.audit.AuditLog}.
 */
package cn.dongguan.cfk.audit;
