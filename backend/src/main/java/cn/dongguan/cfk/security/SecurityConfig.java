package cn.dongguan.cfk.security;

import cn.dongguan.cfk.shared.ServletProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Reads are public (without personal data); everything else needs a signed-in user whose role and
 * park scope {@link AccessRules} and the feature services check. The web app signs in with a form
 * (a session kept in PostgreSQL, the CSRF token from the XSRF-TOKEN cookie); API clients send HTTP
 * Basic and need no CSRF token unless they also carry the session cookie. Failed sign-ins are
 * throttled; security headers go on every answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInLimits.class, ExposureProperties.class})
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ExposureProperties exposure,
            Throttle throttle,
            SignInAnswers answers,
            @Value("${cfk.map.basemap-url:}") String basemapUrl,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie)
            throws Exception {
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        http.authorizeHttpRequests(auth -> auth.anyRequest().access(AccessRules.of(exposure)))
                .formLogin(form -> form.loginPage("/login.html")
                        .loginProcessingUrl("/login")
                        .successHandler(answers::signedIn)
                        .failureHandler(answers::failed)
                        .permitAll())
                .logout(logout ->
                        logout.logoutUrl("/logout").logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler()))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                // nothing is redirected to after a sign-in, so no request is kept (nor a session made for it)
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokens())
                        .csrfTokenRepository(csrfTokens)
                        .ignoringRequestMatchers(new CsrfExemption(sessionCookie)))
                .headers(headers -> headers.addHeaderWriter(
                                ContentSecurityPolicy.writer(basemapUrl, exposure.imgSources()))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=(self)")))
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeGate(), AuthorizationFilter.class)
                .addFilterAfter(new ActorFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * The session cookie, the same in every kind of deployment: HttpOnly, SameSite=Lax, and Secure
     * whenever the request came over HTTPS (also as a trusted proxy reports it).
     */
    @Bean
    DefaultCookieSerializer cookieSerializer(@Value("${server.servlet.session.cookie.name:SESSION}") String name) {
        DefaultCookieSerializer cookies = new DefaultCookieSerializer();
        cookies.setCookieName(name);
        cookies.setCookiePath("/");
        cookies.setUseHttpOnlyCookie(true);
        cookies.setSameSite("Lax");
        return cookies;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** A request the firewall refuses (e.g. an encoded NUL or "..", a malformed URL) is a 400 problem. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> ServletProblems.write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                "请求有误",
                "Bad request",
                "请求地址或参数中含有不允许的字符",
                "The request's address or parameters contain characters that are not allowed",
                null);
    }

    /**
     * 401 as a problem; API clients get a Basic challenge, except the web app's own requests
     * (X-Requested-With), so the browser shows no password dialog of its own. A read by a user who
     * must first change their password is a 403 that says so.
     */
    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (request.getAttribute(PasswordChangeGate.HELD) != null) {
                PasswordChangeGate.refuse(request, response);
                return;
            }
            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"cfk\"");
            }
            ServletProblems.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "请先登录",
                    "Unauthorized",
                    "此操作需要登录",
                    "Sign in to do this",
                    null);
        };
    }

    /** 403 as a problem; a write by someone not signed in (refused for its missing CSRF token first) is a 401. */
    private static AccessDeniedHandler forbidden() {
        AuthenticationEntryPoint unauthorized = unauthorized();
        return (request, response, e) -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            boolean signedIn =
                    auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
            if (request.getAttribute(PasswordChangeGate.HELD) != null) {
                PasswordChangeGate.refuse(request, response);
                return;
            }
            if (e instanceof CsrfException && !signedIn) {
                unauthorized.commence(request, response, new InsufficientAuthenticationException(e.getMessage()));
                return;
            }
            ServletProblems.write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    "无权操作",
                    "Forbidden",
                    e instanceof CsrfException ? "缺少或无效的 CSRF 令牌，请刷新页面后重试" : "您的角色无权执行此操作",
                    e instanceof CsrfException
                            ? "The CSRF token is missing or invalid: reload the page and try again"
                            : "Your role may not do this",
                    null);
        };
    }
}
