package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dongguan.cfk.shared.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TileCoordinatesTest {

    @Test
    void acceptsEveryTileOfAZoomUpToItsLastColumnAndRow() {
        assertThat(TileCoordinates.parse("0", "0", "0")).isEqualTo(new TileCoordinates(0, 0, 0));
        assertThat(TileCoordinates.parse("3", "7", "7")).isEqualTo(new TileCoordinates(3, 7, 7));
        assertThat(TileCoordinates.parse("22", "4194303", "0")).isEqualTo(new TileCoordinates(22, 4194303, 0));
    }

    @ParameterizedTest
    @CsvSource({
        "23, 0, 0, z",
        "-1, 0, 0, z",
        "a, 0, 0, z",
        "1.5, 0, 0, z",
        "'', 0, 0, z",
        "+3, 0, 0, z",
        "99999999999, 0, 0, z",
        "3, 8, 0, x",
        "3, -1, 0, x",
        "3, x, 0, x",
        "0, 1, 0, x",
        "22, 4194304, 0, x",
        "3, 0, 8, y",
        "3, 0, -0.0, y",
        "3, 0, 1e2, y",
        "13, 6684, 8192, y"
    })
    void refusesCoordinatesOutsideTheGridNamingTheField(String z, String x, String y, String field) {
        assertThatThrownBy(() -> TileCoordinates.parse(z, x, y))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageZh()).contains(field);
                    assertThat(e.getMessage()).contains(field);
                });
    }

    @Test
    void findsTheTileOfAPoint() {
        // Dongguan's city hall area (113.75 E, 23.02 N) at z14 and the corners of the world at z1
        assertThat(TileCoordinates.containing(113.75, 23.02, 14)).isEqualTo(new TileCoordinates(14, 13368, 7114));
        assertThat(TileCoordinates.containing(-180, 85, 1)).isEqualTo(new TileCoordinates(1, 0, 0));
        assertThat(TileCoordinates.containing(180, -85, 1)).isEqualTo(new TileCoordinates(1, 1, 1));
    }

    @Test
    void aPixelIsTheTileWidthOver4096() {
        assertThat(new TileCoordinates(0, 0, 0).pixelSizeMetres())
                .isCloseTo(40075016.686 / 4096, org.assertj.core.data.Offset.offset(0.01));
        assertThat(new TileCoordinates(14, 0, 0).pixelSizeMetres())
                .isCloseTo(40075016.686 / 16384 / 4096, org.assertj.core.data.Offset.offset(0.0001));
    }
}
