package cn.dongguan.cfk.space;

import static cn.dongguan.cfk.shared.Texts.trimmed;

import cn.dongguan.cfk.geometry.GeometryMembers;
import cn.dongguan.cfk.park.ParkCode;

/**
 * A footprint being drawn: the park it is meant for (null: outside the parks) beside the geometry
 * members the pipeline reads, checked before any other field of the building is filled in.
 */
@GeometryMembers
record FootprintDraft(String parkCode) {

    FootprintDraft {
        parkCode = trimmed(parkCode);
    }

    /** The park's canonical code, null for none; 400 naming parkCode when it is no park code. */
    String park() {
        return parkCode == null ? null : ParkCode.parse(parkCode, "parkCode");
    }
}
