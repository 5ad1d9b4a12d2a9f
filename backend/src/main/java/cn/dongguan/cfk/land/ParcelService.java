package cn.dongguan.cfk.land;

import cn.dongguan.cfk.geometry.Footprints;
import cn.dongguan.cfk.geometry.Footprints.Placed;
import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.JsonBodies;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Park managers (their parks) and administrators (any park, and land outside the parks) add and
 * change parcels (SPEC §4, §5). The boundary goes through the geometry pipeline: valid, inside its
 * park (or outside every park), in a town, sharing no area with another parcel. Parcel numbers are
 * unique, checked under the parcels' lock that the pipeline takes.
 */
@Service
class ParcelService {

    private final ParcelRepository parcels;
    private final JsonBodies bodies;
    private final Footprints footprints;
    private final CurrentViewer viewer;

    ParcelService(ParcelRepository parcels, JsonBodies bodies, Footprints footprints, CurrentViewer viewer) {
        this.parcels = parcels;
        this.bodies = bodies;
        this.footprints = footprints;
        this.viewer = viewer;
    }

    @Transactional
    ParcelView create(JsonNode body) {
        viewer.requireInventoryWriter();
        ParcelFields fields = bodies.read(body, ParcelFields.class);
        fields.requireOrderedPlotRatio(false);
        String park = fields.park();
        Placed boundary = footprints.place(body, park, Subject.PARCEL);
        requireFreeNumber(fields.parcelNo(), -1);
        return parcels.saveAndFlush(new Parcel(fields, park, boundary)).view();
    }

    /** A JSON merge patch under If-Match; the same checks as creation for what it changes. */
    @Transactional
    ParcelView patch(long id, String ifMatch, JsonNode patch) {
        Parcel parcel = parcels.findById(id).orElseThrow(() -> ParcelView.notFound(id));
        footprints.requirePatchable(parcel.existing(), ifMatch);
        ParcelFields fields = bodies.merge(parcel.fields(), patch);
        fields.requireOrderedPlotRatio(patch.has("plotRatioMin") && !patch.has("plotRatioMax"));
        String park = fields.park();
        Optional<Placed> boundary = footprints.replace(patch, parcel.existing(), park, Subject.PARCEL);
        if (!fields.parcelNo().equals(parcel.getParcelNo())) {
            footprints.lock(Subject.PARCEL);
            requireFreeNumber(fields.parcelNo(), id);
        }
        parcel.update(fields, park);
        boundary.ifPresent(parcel::place);
        return parcels.saveAndFlush(parcel).view();
    }

    private void requireFreeNumber(String parcelNo, long self) {
        parcels.findByParcelNo(parcelNo).filter(other -> other.getId() != self).ifPresent(other -> {
            throw new BadRequestException(
                    "parcelNo",
                    "宗地编号 " + parcelNo + " 已被地块 " + other.getId() + " 使用",
                    "Parcel number " + parcelNo + " is already used by parcel " + other.getId(),
                    Map.of("parcelId", other.getId()));
        });
    }
}
