package cn.dongguan.cfk.land;

import cn.dongguan.cfk.geometry.CheckedGeometry;
import cn.dongguan.cfk.geometry.GeometryInput;
import cn.dongguan.cfk.geometry.Placement;
import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Park managers (their parks) and administrators (any park, and land outside the parks) add and
 * change parcels (SPEC §4, §5). A boundary must be valid, inside its park (or outside every park
 * when it names none), in a town, and share no area with another parcel; parcel numbers are unique.
 */
@Service
class ParcelService {

    private final ParcelRepository parcels;
    private final ParcelSites sites;
    private final GeometryInput geometryInput;
    private final Placement placement;
    private final CurrentViewer viewer;

    ParcelService(
            ParcelRepository parcels,
            ParcelSites sites,
            GeometryInput geometryInput,
            Placement placement,
            CurrentViewer viewer) {
        this.parcels = parcels;
        this.sites = sites;
        this.geometryInput = geometryInput;
        this.placement = placement;
        this.viewer = viewer;
    }

    @Transactional
    ParcelView create(JsonNode body) {
        viewer.requireInventoryWriter();
        ParcelDraft d = ParcelFields.apply(body, new ParcelDraft());
        viewer.requireInventoryWrite(d.parkCode);
        ParcelFields.requireComplete(d, true);
        CheckedGeometry boundary = geometryInput.read(body, Subject.PARCEL);
        sites.lockParcels();
        requireFreeNumber(d.parcelNo, -1);
        place(d, boundary, -1);
        return ParcelView.of(parcels.saveAndFlush(new Parcel(d)));
    }

    /** A JSON merge patch under If-Match; the same checks as creation for what it changes. */
    @Transactional
    ParcelView patch(long id, String ifMatch, JsonNode body) {
        Parcel parcel = parcels.findById(id)
                .orElseThrow(() -> new NotFoundException("地块 " + id + " 不存在", "Parcel " + id + " does not exist"));
        viewer.requireInventoryWrite(parcel.getParkCode());
        ETags.requireMatch(ifMatch, parcel.getVersion());
        ParcelDraft d = ParcelFields.apply(body, ParcelDraft.of(parcel));
        boolean parkChanged = !Objects.equals(d.parkCode, parcel.getParkCode());
        if (parkChanged) {
            viewer.requireInventoryWrite(d.parkCode);
        }
        ParcelFields.requireComplete(d, body.has("plotRatioMax") || !body.has("plotRatioMin"));
        Optional<CheckedGeometry> boundary = geometryInput.readIfGiven(body, Subject.PARCEL);
        sites.lockParcels();
        if (!d.parcelNo.equals(parcel.getParcelNo())) {
            requireFreeNumber(d.parcelNo, id);
        }
        if (boundary.isPresent()) {
            place(d, boundary.get(), id);
        } else if (parkChanged) {
            requireInPark(d.geom, d.parkCode);
        }
        parcel.update(d);
        return ParcelView.of(parcels.saveAndFlush(parcel));
    }

    private void requireFreeNumber(String parcelNo, long self) {
        sites.numbered(parcelNo, self).ifPresent(other -> {
            throw new BadRequestException(
                    "parcelNo",
                    "宗地编号 " + parcelNo + " 已被地块 " + other + " 使用",
                    "Parcel number " + parcelNo + " is already used by parcel " + other,
                    Map.of("parcelId", other));
        });
    }

    /** Park, overlap, town and area of a new boundary; {@code self} is the parcel it replaces (-1: none). */
    private void place(ParcelDraft d, CheckedGeometry boundary, long self) {
        MultiPolygon multi = (MultiPolygon) boundary.geometry();
        requireInPark(multi, d.parkCode);
        sites.overlapping(multi, self).ifPresent(o -> {
            throw new BadRequestException(
                    "geometry",
                    "地块边界与已有地块 " + o.id() + "（宗地编号 " + o.parcelNo() + "）重叠",
                    "The parcel boundary overlaps parcel " + o.id() + " (" + o.parcelNo() + ")",
                    Map.of("overlapsParcelId", o.id()));
        });
        d.townCode = placement.townOf(multi, Subject.PARCEL);
        d.geom = multi;
        d.areaM2 = BigDecimal.valueOf(boundary.areaM2()).setScale(2, RoundingMode.HALF_UP);
    }

    private void requireInPark(MultiPolygon boundary, String parkCode) {
        if (parkCode == null) {
            placement.requireOutsideParks(boundary, Subject.PARCEL);
        } else {
            placement.requireInPark(boundary, parkCode, Subject.PARCEL);
        }
    }
}
