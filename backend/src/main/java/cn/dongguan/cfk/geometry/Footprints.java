package cn.dongguan.cfk.geometry;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.ETags;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The one write pipeline of a building's footprint or a parcel's boundary (SPEC §4, §5): write access
 * to the park (and to both parks when a feature moves), then the geometry of the body read and
 * checked, and placed — inside its park (or outside every park when it names none), locked against
 * concurrent writes of its subject, clear of every other feature of the subject, in a town. Call it
 * inside the write's transaction: the lock lasts until the commit.
 */
@Component
public record Footprints(GeometryInput input, Placement placement, CurrentViewer viewer, DataSource dataSource) {

    /** A placed geometry: of its subject's type, WGS84, with its town and its area on the ellipsoid. */
    public record Placed(Geometry geometry, String townCode, double areaM2) {}

    /** A stored feature a patch changes. */
    public record Existing(long id, Geometry geometry, String parkCode, long version) {}

    /**
     * Checks many geometries of the subject as {@link #place} and {@link #replace} check one, set-based
     * (a file's rows): for previews, in a connection of its own, writing nothing; close it.
     */
    public FootprintBatch batch(Subject subject) {
        return new FootprintBatch(input, subject, dataSource, false);
    }

    /**
     * The same checks for writing many features in the caller's transaction (an import's commit): the
     * subject's write lock is taken first and holds until the commit, so the stored features checked
     * against stay as they are; {@link FootprintBatch#geometries} gives what to write. The caller checks
     * write access to the parks, as {@link #place} and {@link #replace} do.
     */
    public FootprintBatch batchInTransaction(Subject subject) {
        placement.lock(subject);
        return new FootprintBatch(input, subject, dataSource, true);
    }

    /**
     * The geometry of a new feature in {@code parkCode} (null: in no park), for a viewer with write
     * access to that park; the body must have one.
     */
    public Placed place(JsonNode body, String parkCode, Subject subject) {
        requireWritableTo(parkCode, null);
        return placed(input.read(body, subject), parkCode, -1, subject);
    }

    /**
     * What {@link #place} would answer for a new feature, without taking the write lock: the same
     * checks, for showing a drawing's problems before it is saved. Nothing is written, so nothing
     * needs serialising; the save checks again under the lock.
     */
    public Placed check(JsonNode body, String parkCode, Subject subject) {
        viewer.requireInventoryWrite(parkCode);
        CheckedGeometry checked = input.read(body, subject);
        return placedIn(checked, parkCode, -1, subject, false);
    }

    /** Before a patch is read: write access to the feature's park, and If-Match naming its version. */
    public void requirePatchable(Existing feature, String ifMatch) {
        viewer.requireInventoryWrite(feature.parkCode());
        ETags.requireMatch(ifMatch, feature.version());
    }

    /**
     * A patch's new geometry of a stored feature now in {@code parkCode}, placed as a new one's but not
     * against the feature itself; without one, the stored geometry must lie in a new park. A move to
     * another park needs write access to that one too.
     */
    public Optional<Placed> replace(JsonNode patch, Existing feature, String parkCode, Subject subject) {
        boolean moved = !Objects.equals(parkCode, feature.parkCode());
        requireWritableTo(parkCode, feature);
        Optional<CheckedGeometry> given = input.readIfGiven(patch, subject);
        if (given.isPresent()) {
            return Optional.of(placed(given.get(), parkCode, feature.id(), subject));
        }
        if (moved) {
            placement.requireInParkOrOutsideParks(feature.geometry(), parkCode, subject);
        }
        return Optional.empty();
    }

    /**
     * What placing a geometry asks of the viewer: write access to the park of a new feature ({@code
     * feature} null), or to the park a stored one moves to.
     */
    public void requireWritableTo(String parkCode, Existing feature) {
        if (feature == null || !Objects.equals(parkCode, feature.parkCode())) {
            viewer.requireInventoryWrite(parkCode);
        }
    }

    /**
     * Serialises the writes of the subject's features until the transaction ends; for checks beside
     * the geometry that must hold at the commit too, such as unique parcel numbers.
     */
    public void lock(Subject subject) {
        placement.lock(subject);
    }

    /**
     * The canonical code of a coordinate system a write may name ({@code EPSG:4547}, its URN forms, …);
     * 400 naming {@code crs} for any other, listing the accepted ones.
     */
    public static String crsCode(String crs) {
        return InputCrs.parse(tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(crs)).code;
    }

    /**
     * A boundary of a body's {@code geometry} (with {@code crs}, {@code repair}) read and checked as
     * every geometry of a write is (SPEC §4: CRS, validity with reason and location, Dongguan's extent),
     * as a WGS84 MultiPolygon; not placed: a town or park boundary is checked against its dependants by
     * its import.
     */
    public Geometry boundary(JsonNode body, Subject subject) {
        return input.read(body, subject).geometry();
    }

    /** The area of a stored geometry on the ellipsoid, in m². */
    public double areaM2(Geometry geometry) {
        return placement.areaM2(geometry);
    }

    private Placed placed(CheckedGeometry checked, String parkCode, long self, Subject subject) {
        return placedIn(checked, parkCode, self, subject, true);
    }

    private Placed placedIn(CheckedGeometry checked, String parkCode, long self, Subject subject, boolean lock) {
        Geometry geometry = checked.geometry();
        placement.requireInParkOrOutsideParks(geometry, parkCode, subject);
        if (lock) {
            placement.lock(subject);
        }
        placement.requireClearOfOthers(geometry, self, subject);
        return new Placed(geometry, placement.townOf(geometry, subject), checked.areaM2());
    }
}
