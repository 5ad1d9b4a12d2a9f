/**
 * Who is asking: sign-in (form for the web app with a session in PostgreSQL, HTTP Basic for API
 * clients), sign-in throttling, the password policy, the roles of SPEC §2, park scope for park
 * managers, who may see personal data, and the security headers of every answer.
 * Public surface: {@link cn.dongguan.cfk.security.CurrentViewer}, {@link cn.dongguan.cfk.security.Role},
 * {@link cn.dongguan.cfk.security.PasswordPolicy}, {@link cn.dongguan.cfk.security.PasswordState},
 * {@link cn.dongguan.cfk.security.Throttle}, {@link cn.dongguan.cfk.security.ThrottledException},
 * {@link cn.dongguan.cfk.security.UserSessions}, {@link cn.dongguan.cfk.security.ApiClientRequests},
 * {@link cn.dongguan.cfk.security.DemoAccounts}.
 */
package cn.dongguan.cfk.security;
