package cn.dongguan.cfk.security;

import java.util.LinkedHashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class CfkUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    CfkUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CfkUser loadUserByUsername(String username) {
        var parks =
                new LinkedHashSet<>(jdbc.sql("SELECT park_code FROM user_park WHERE username = ? ORDER BY park_code")
                        .param(username)
                        .query(String.class)
                        .list());
        return jdbc.sql("""
                SELECT username, password_hash, role, enterprise_id, display_name, enabled, verified, password_state
                FROM app_user WHERE username = ?""")
                .param(username)
                .query((rs, i) -> new CfkUser(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")),
                        parks,
                        rs.getObject("enterprise_id", Long.class),
                        rs.getString("display_name"),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("verified"),
                        PasswordState.valueOf(rs.getString("password_state"))))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
