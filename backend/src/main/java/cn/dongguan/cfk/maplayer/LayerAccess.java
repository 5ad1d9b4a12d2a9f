package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.ForbiddenException;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;

/**
 * Who may read a layer: anyone a public one, staff and administrators a staff-only one (亩均 grades are
 * evaluation results, issue 16). Every answer made from a layer (tiles, TileJSON, OGC API – Features,
 * the web map's GeoJSON) asks here first; a staff-only layer is listed only for those who may read it
 * and its answers are private to the browser that asked.
 */
@Component
class LayerAccess {

    private final CurrentViewer viewer;
    private final CacheControl publicCache;

    LayerAccess(CurrentViewer viewer, MapCaching caching) {
        this.viewer = viewer;
        this.publicCache = caching.cacheControl();
    }

    boolean mayRead(Layer layer) {
        return !layer.staffOnly() || viewer.isStaffOrAdmin();
    }

    /** The layer, or 403 for a staff-only layer asked by anyone else. */
    Layer require(Layer layer) {
        if (!mayRead(layer)) {
            throw new ForbiddenException(
                    "图层 " + layer.id() + " 为评价结果，仅供招商人员和管理员查看",
                    "The layer '" + layer.id() + "' holds evaluation results: staff and administrators only");
        }
        return layer;
    }

    /** The layers the viewer may read, in the catalogue's order. */
    List<Layer> readable() {
        return Layers.ALL.stream().filter(this::mayRead).toList();
    }

    /** The Cache-Control of the layer's answers: the public maps' for a public layer, private otherwise. */
    CacheControl cacheControl(Layer layer) {
        return layer.staffOnly() ? CacheControl.noCache().cachePrivate() : publicCache;
    }
}
