package cn.dongguan.cfk.space;

import java.math.BigDecimal;
import org.locationtech.jts.geom.Polygon;

/**
 * The editable fields of a building while a write is checked: empty for a new building, a copy of the
 * stored one for a merge patch. Only a checked draft reaches the entity.
 */
final class BuildingDraft {

    String parkCode;
    String name;
    String address;
    String type;
    Integer floors;
    BigDecimal floorAreaM2;
    String structure;
    Integer yearBuilt;
    String landTenure;
    Boolean titleCertificate;
    Integer cargoLiftCount;
    BigDecimal cargoLiftTonnes;
    String fireHazardClass;
    Polygon geom;
    String townCode;

    static BuildingDraft of(Building b) {
        BuildingDraft d = new BuildingDraft();
        d.parkCode = b.getParkCode();
        d.name = b.getName();
        d.address = b.getAddress();
        d.type = b.getType();
        d.floors = b.getFloors();
        d.floorAreaM2 = b.getFloorAreaM2();
        d.structure = b.getStructure();
        d.yearBuilt = b.getYearBuilt();
        d.landTenure = b.getLandTenure();
        d.titleCertificate = b.getTitleCertificate();
        d.cargoLiftCount = b.getCargoLiftCount();
        d.cargoLiftTonnes = b.getCargoLiftTonnes();
        d.fireHazardClass = b.getFireHazardClass();
        d.geom = b.getGeom();
        d.townCode = b.getTownCode();
        return d;
    }
}
