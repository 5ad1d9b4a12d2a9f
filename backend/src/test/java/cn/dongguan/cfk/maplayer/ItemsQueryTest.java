package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dongguan.cfk.shared.BBox;
import cn.dongguan.cfk.shared.BadRequestException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The items parameters are checked against the catalogue before any SQL. */
class ItemsQueryTest {

    private static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static final MapLayerProperties.Items ITEMS =
            MapLayerProperties.defaults().items();

    private static ItemsQuery parse(Layer layer, MultiValueMap<String, String> params) {
        return ItemsQuery.parse(layer, params, ITEMS);
    }

    @Test
    void defaultsToTheFirstHundredWithoutFilters() {
        ItemsQuery q = parse(Layers.PARCELS, params());
        assertThat(q.limit()).isEqualTo(100);
        assertThat(q.offset()).isZero();
        assertThat(q.bbox()).isNull();
        assertThat(q.filters()).isEmpty();
    }

    @Test
    void readsBboxPagingAndQueryablesInTheirCanonicalForm() {
        ItemsQuery q = parse(
                Layers.PARCELS,
                params(
                        "bbox",
                        "113.7, 22.9,113.8,23.0",
                        "limit",
                        "25",
                        "offset",
                        "50",
                        "status",
                        "AVAILABLE",
                        "townCode",
                        "dongcheng",
                        "parkCode",
                        "dg-p07",
                        "f",
                        "json",
                        "datetime",
                        "2025-01-01T00:00:00Z/.."));
        assertThat(q.bbox()).isEqualTo(new BBox(113.7, 22.9, 113.8, 23.0));
        assertThat(q.limit()).isEqualTo(25);
        assertThat(q.offset()).isEqualTo(50);
        assertThat(q.filters())
                .containsExactly(
                        Map.entry(Layers.PARCELS.queryable("status").orElseThrow(), "AVAILABLE"),
                        Map.entry(Layers.PARCELS.queryable("townCode").orElseThrow(), "DONGCHENG"),
                        Map.entry(Layers.PARCELS.queryable("parkCode").orElseThrow(), "DG-P07"));
    }

    @Test
    void aLimitUpToTheMaximumIsServedAndOneAboveItRefused() {
        assertThat(parse(Layers.BUILDINGS, params("limit", "10000")).limit()).isEqualTo(10_000);
        assertThatThrownBy(() -> parse(Layers.BUILDINGS, params("limit", "10001")))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("limit");
                    assertThat(e.messageZh()).contains("1 至 10000");
                });
    }

    @Test
    void aBoxMayBeALineOrAPoint() {
        assertThat(parse(Layers.BUILDINGS, params("bbox", "113.7,22.9,113.7,22.9"))
                        .bbox())
                .isEqualTo(new BBox(113.7, 22.9, 113.7, 22.9));
    }

    @Test
    void aBoxMayCrossTheAntimeridianAndCarryHeights() {
        BBox across = parse(Layers.BUILDINGS, params("bbox", "177,65,-177,70")).bbox();
        assertThat(across).isEqualTo(new BBox(177, 65, -177, 70));
        assertThat(across.crossesAntimeridian()).isTrue();
        assertThat(parse(Layers.BUILDINGS, params("bbox", "113.7,22.9,0,113.8,23.0,100"))
                        .bbox())
                .isEqualTo(new BBox(113.7, 22.9, 113.8, 23.0));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bbox|113.7,22.9,113.8|bbox",
                "bbox|113.7,22.9,113.8,23.0,5|bbox",
                "bbox|a,22.9,113.8,23.0|bbox",
                "bbox|113.7,22.9,5,113.8,23.0,0|bbox",
                "bbox|113.7,22.9,0,113.8,23.0|bbox",
                "bbox|113.7,23.1,113.8,23.0|bbox",
                "bbox|113.7,,113.8,23.0|bbox",
                "bbox|NaN,22.9,113.8,23.0|bbox",
                "bbox|113.7,-91,113.8,23.0|bbox",
                "bbox|-181,22.9,113.8,23.0|bbox",
                "limit|0|limit",
                "limit|-5|limit",
                "limit|ten|limit",
                "limit|1.5|limit",
                "offset|-1|offset",
                "offset|x|offset",
                "datetime|yesterday|datetime",
                "datetime|../..|datetime",
                "status|SOLD|status",
                "planningUse|M9|planningUse",
                "parkCode|P07|parkCode",
                "type|house|type",
                "occupant|x|occupant",
                "f|html|f",
                "sortby|id|sortby"
            })
    void refusesBadParametersNamingThem(String name, String value, String field) {
        assertThatThrownBy(() -> parse(Layers.PARCELS, params(name, value)))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageZh()).contains(field);
                    assertThat(e.getMessage()).contains(field);
                });
    }

    @Test
    void onlyTheCollectionsOwnQueryablesAreAccepted() {
        assertThatThrownBy(() -> parse(Layers.TOWNS, params("status", "AVAILABLE")))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThat(parse(Layers.BUILDINGS, params("type", "研发楼")).filters()).hasSize(1);
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        assertThatThrownBy(() -> parse(Layers.PARCELS, params("limit", "5", "limit", "6")))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }
}
