/**
 * Who is asking: sign-in (form for the web app, HTTP Basic for API clients), the roles of SPEC §2,
 * park scope for park managers, and who may see personal data.
 * Public surface: {@link cn.dongguan.cfk.security.CurrentViewer}, {@link cn.dongguan.cfk.security.Role}.
 */
package cn.dongguan.cfk.security;
