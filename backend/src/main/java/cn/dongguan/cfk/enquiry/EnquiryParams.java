package cn.dongguan.cfk.enquiry;

import cn.dongguan.cfk.park.ParkCode;
import cn.dongguan.cfk.shared.QueryParams;

/**
 * The filters of the enquiry list as given, null for absent: a status, a park, and at most one subject
 * (a unit, else a building, else a parcel).
 */
record EnquiryParams(String status, String park, Long unitId, Long buildingId, Long parcelId) {

    /** The status checked; 400 naming the parameter. */
    EnquiryStatus checkedStatus() {
        return QueryParams.oneOf(status, "status", EnquiryStatus.class);
    }

    /** The park's canonical code, null for none; 400 naming the parameter. */
    String parkCode() {
        return park == null || park.isBlank() ? null : ParkCode.parse(park, "park");
    }

    /** The kind of subject asked about: unit, building or parcel; null for none. */
    String subjectKind() {
        return unitId != null ? "unit" : buildingId != null ? "building" : parcelId != null ? "parcel" : null;
    }

    Long subjectId() {
        return unitId != null ? unitId : buildingId != null ? buildingId : parcelId;
    }
}
