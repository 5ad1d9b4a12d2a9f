package cn.dongguan.cfk.enterprise;

import cn.dongguan.cfk.shared.BadRequestException;
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

    /** Enterprises whose name or credit code contains the text, by name (at most {@code limit}). */
    public java.util.List<EnterpriseRef> search(String text, int limit) {
        String pattern =
                "%" + (text == null ? "" : text.trim().replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.sql("""
                SELECT id, name, credit_code FROM enterprise
                WHERE name ILIKE :p OR credit_code ILIKE :p ORDER BY name, id LIMIT :limit""")
                .param("p", pattern)
                .param("limit", limit)
                .query((rs, i) ->
                        new EnterpriseRef(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code")))
                .list();
    }

    public Optional<EnterpriseRef> find(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, name, credit_code FROM enterprise WHERE id = ?")
                .param(id)
                .query((rs, i) ->
                        new EnterpriseRef(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code")))
                .optional();
    }

    /** 400 naming {@code field} when no enterprise has this id (an occupant, an owner); null names none. */
    public void requireKnown(Long id, String field) {
        if (id != null && find(id).isEmpty()) {
            throw new BadRequestException(field, "企业 " + id + " 不存在", "Enterprise " + id + " does not exist");
        }
    }
}
