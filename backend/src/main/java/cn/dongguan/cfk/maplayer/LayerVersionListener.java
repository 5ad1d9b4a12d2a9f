package cn.dongguan.cfk.maplayer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the layers' data versions in memory, so that a tile request needs no query of its own. One
 * connection of its own LISTENs to the {@code layer_version} triggers' notifications, which PostgreSQL
 * delivers at commit, and re-reads the versions after each one and at least every second. A snapshot
 * older than {@link #MAX_AGE_MS} (the connection is down) is not used: callers then read per request.
 * Turned off with {@code cfk.maplayer.listen-for-changes=false}, e.g. behind a transaction-pooling
 * PgBouncer, where LISTEN does not work.
 */
@Component
class LayerVersionListener implements SmartLifecycle {

    static final String CHANNEL = "cfk_layer_version";
    static final long MAX_AGE_MS = 3_000;

    private static final Logger log = LoggerFactory.getLogger(LayerVersionListener.class);

    private record Snapshot(Map<String, Long> versions, long readAtNanos) {}

    private final DataSourceProperties dataSource;
    private final boolean enabled;
    private volatile Snapshot snapshot;
    private volatile boolean running;
    private volatile Thread thread;

    LayerVersionListener(DataSourceProperties dataSource, MapLayerProperties properties) {
        this.dataSource = dataSource;
        this.enabled = properties.listenForChanges();
    }

    /** The layer's version as last told by PostgreSQL, or empty when not known to be current. */
    Optional<Long> version(String layer) {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.readAtNanos() > TimeUnit.MILLISECONDS.toNanos(MAX_AGE_MS)) {
            return Optional.empty();
        }
        return Optional.ofNullable(s.versions().get(layer));
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "layer-version-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        snapshot = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the calling thread is the listener now; a context stopped and restarted has a new one. */
    private boolean active() {
        return running && Thread.currentThread() == thread;
    }

    private void listen() {
        while (active()) {
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                log.info("Listening for map layer changes on channel {}", CHANNEL);
                while (active()) {
                    // read after LISTEN, so no change between the two is missed
                    snapshot = read(statement);
                    notifications.getNotifications(1_000);
                }
            } catch (SQLException e) {
                if (active()) {
                    snapshot = null;
                    log.warn(
                            "Map layer versions: listening failed ({}); reading them per request until it is back",
                            e.getMessage());
                    pause();
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", dataSource.determineUsername());
        props.setProperty("password", dataSource.determinePassword());
        props.setProperty("ApplicationName", "cfk-gis layer versions");
        props.setProperty("socketTimeout", "10");
        return DriverManager.getConnection(dataSource.determineUrl(), props);
    }

    private static Snapshot read(Statement statement) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (ResultSet rs = statement.executeQuery("SELECT layer, version FROM layer_version")) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getLong(2));
            }
        }
        return new Snapshot(Map.copyOf(versions), System.nanoTime());
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
