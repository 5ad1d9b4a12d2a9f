package cn.dongguan.cfk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
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
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads are public (without personal data); writes need a signed-in user whose role and park scope
 * the feature services check. The web app signs in with a form (session + CSRF token from the
 * XSRF-TOKEN cookie); API clients send HTTP Basic and need no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.GET,
                                "/api/me",
                                "/api/me/**",
                                "/api/units/*/history",
                                "/api/projects",
                                "/api/projects/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/stats/freshness")
                        .hasAnyRole("STAFF", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/projects/*/matches")
                        .hasAnyRole("STAFF", "ADMIN", "ENTERPRISE")
                        .requestMatchers("/api/matching/**")
                        .hasAnyRole("STAFF", "ADMIN", "ENTERPRISE")
                        .requestMatchers(HttpMethod.GET, "/api/enterprises", "/api/enterprises/**")
                        .hasAnyRole("STAFF", "ADMIN", "PARK_MANAGER")
                        .requestMatchers(HttpMethod.GET, "/api/**", "/tiles/**", "/ogc", "/ogc/**")
                        .permitAll()
                        // map layers are public; HTTP caches and GIS tools (GDAL's /vsicurl/) also ask with HEAD
                        .requestMatchers(HttpMethod.HEAD, "/api/**", "/tiles/**", "/ogc", "/ogc/**")
                        .permitAll()
                        .requestMatchers(
                                "/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/",
                                "/*.html",
                                "/*.js",
                                "/*.css",
                                "/js/**",
                                "/css/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login.html")
                        .loginProcessingUrl("/login")
                        .defaultSuccessUrl("/", false)
                        .failureUrl("/login.html?error")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(ApiClientRequests::sendsBasicCredentials))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * 401 as a problem; API clients get a Basic challenge, except the web app's own requests
     * (X-Requested-With), so the browser shows no password dialog of its own.
     */
    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"cfk\"");
            }
            ProblemWriter.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "请先登录",
                    "Unauthorized",
                    "此操作需要登录",
                    "Sign in to do this");
        };
    }

    /** 403 as a problem; a write by someone not signed in (refused for its missing CSRF token first) is a 401. */
    private static AccessDeniedHandler forbidden() {
        AuthenticationEntryPoint unauthorized = unauthorized();
        return (request, response, e) -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            boolean signedIn =
                    auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
            if (e instanceof CsrfException && !signedIn) {
                unauthorized.commence(request, response, new InsufficientAuthenticationException(e.getMessage()));
                return;
            }
            ProblemWriter.write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    "无权操作",
                    "Forbidden",
                    e instanceof CsrfException ? "缺少或无效的 CSRF 令牌，请刷新页面后重试" : "您的角色无权执行此操作",
                    e instanceof CsrfException
                            ? "The CSRF token is missing or invalid: reload the page and try again"
                            : "Your role may not do this");
        };
    }

    /** Loads the deferred CSRF token on every request, so the XSRF-TOKEN cookie is always there for the web app. */
    private static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
