package cn.dongguan.cfk.enterprise;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks enterprises up for the other features. */
@Service
@Transactional(readOnly = true)
public class EnterpriseDirectory {

    private final JdbcClient jdbc;

    EnterpriseDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EnterpriseRef> find(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, name, credit_code FROM enterprise WHERE id = ?")
                .param(id)
                .query((rs, i) -> new EnterpriseRef(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code")))
                .optional();
    }
}
