package cn.dongguan.cfk.geometry;

import cn.dongguan.cfk.geometry.Footprints.Existing;
import cn.dongguan.cfk.geometry.Footprints.Placed;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.locationtech.jts.geom.Geometry;

/**
 * The columns of a stored feature that the write pipeline reads and writes, as the building and the
 * parcel rows both have them: id and version, the park, and the placed geometry (of the subject's
 * type, WGS84) with the town it lies in.
 */
@MappedSuperclass
public abstract class PlacedFeature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String parkCode;
    private String townCode;
    private Geometry geom;

    @Version
    private long version;

    protected PlacedFeature() {}

    /** Takes the park's canonical code, null for none. */
    protected void setParkCode(String parkCode) {
        this.parkCode = parkCode;
    }

    /** Takes a placed geometry and its town. */
    public void place(Placed placed) {
        this.geom = placed.geometry();
        this.townCode = placed.townCode();
    }

    /** As the pipeline sees it when a patch changes it. */
    public Existing existing() {
        return new Existing(id, geom, parkCode, version);
    }

    public Long getId() {
        return id;
    }

    public String getParkCode() {
        return parkCode;
    }

    public String getTownCode() {
        return townCode;
    }

    public Geometry getGeom() {
        return geom;
    }

    public long getVersion() {
        return version;
    }
}
