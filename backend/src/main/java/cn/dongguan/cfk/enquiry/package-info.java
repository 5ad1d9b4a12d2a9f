/**
 * Enquiries (咨询 / 预约看厂) about one unit, building or parcel (issue 14): sent by anyone (anonymous
 * ones with validated contacts, rate-limited per client and per contact; signed-in ones linked to the
 * account and its enterprise), routed to the owning park's managers and to staff (the assigned staff
 * member of the enterprise's open project, if any), and worked NEW → CONTACTED → VIEWING → CLOSED.
 * The contacts are personal data: only staff, administrators and the owning park's managers see
 * them, and the asker their own. No public Java surface (HTTP only).
 */
package cn.dongguan.cfk.enquiry;
