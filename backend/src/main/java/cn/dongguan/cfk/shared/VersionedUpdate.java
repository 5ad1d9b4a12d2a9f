package cn.dongguan.cfk.shared;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An UPDATE guarded by the version the client read ({@code … WHERE … AND version = :version}): when it
 * changes no row another write came first (412, nothing changed); when it breaks a unique key the
 * caller says which clash that is (409).
 */
public final class VersionedUpdate {

    private VersionedUpdate() {}

    public static void run(JdbcClient.StatementSpec update, long version, Supplier<ConflictException> clash) {
        int updated;
        try {
            updated = update.update();
        } catch (DuplicateKeyException e) {
            throw clash.get();
        }
        if (updated == 0) {
            throw PreconditionException.stale(version);
        }
    }

    /** The 409 of a name another row of the same kind has ({@code 园区}, {@code park}). */
    public static ConflictException nameTaken(String kindZh, String kindEn, String name) {
        return new ConflictException(
                "name", "已有" + kindZh + "名为“" + name + "”", "Another " + kindEn + " is named '" + name + "'", Map.of());
    }
}
