package cn.dongguan.cfk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonBodiesTest {

    record Point(@NotNull Double lon, @NotNull Double lat) {}

    record Body(
            @NotNull @Size(max = 8) String name,
            @Positive Integer floors,

            @DecimalMin(value = "0", message = "租金不能为负数|rent must not be negative")
            BigDecimal rent,

            LocalDate from,
            @Valid Point point) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JsonBodies bodies =
            new JsonBodies(JSON, Validation.buildDefaultValidatorFactory().getValidator());

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private BadRequestException refusal(String body) {
        return (BadRequestException)
                org.assertj.core.api.Assertions.catchThrowable(() -> bodies.read(json(body), Body.class));
    }

    @Test
    void readsAValidBody() {
        Body b = bodies.read(json("{\"name\":\"A1\",\"floors\":3,\"rent\":25.5,\"from\":\"2026-12-01\"}"), Body.class);
        assertThat(b.floors()).isEqualTo(3);
        assertThat(b.from()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void namesTheFieldOfEachKindOfBadInput() {
        assertThat(refusal("{\"name\":\"A1\",\"colour\":\"red\"}").field()).isEqualTo("colour");
        assertThat(refusal("{\"name\":\"A1\",\"floors\":\"3\"}").field()).isEqualTo("floors");
        assertThat(refusal("{\"name\":\"A1\",\"floors\":2.5}").field()).isEqualTo("floors");
        assertThat(refusal("{\"name\":5}").field()).isEqualTo("name");
        assertThat(refusal("{\"name\":true}").field()).isEqualTo("name");
        assertThat(refusal("{\"name\":\"A1\",\"from\":\"1st May\"}").field()).isEqualTo("from");
        assertThat(refusal("{\"floors\":3}").field()).isEqualTo("name");
        assertThat(refusal("{\"name\":\"far too long\"}").field()).isEqualTo("name");
        assertThat(refusal("{\"name\":\"A1\",\"floors\":0}").field()).isEqualTo("floors");
        assertThat(refusal("{\"name\":\"A1\",\"point\":{\"lon\":113.7}}").field())
                .isEqualTo("point.lat");
        assertThat(refusal("[1,2]").field()).isEqualTo("body");
    }

    @Test
    void speaksChineseAndEnglishAndUsesAConstraintsOwnTexts() {
        BadRequestException e = refusal("{\"name\":\"A1\",\"rent\":-1}");
        assertThat(e.field()).isEqualTo("rent");
        assertThat(e.messageZh()).isEqualTo("租金不能为负数");
        assertThat(e.getMessage()).isEqualTo("rent must not be negative");
        BadRequestException floors = refusal("{\"name\":\"A1\",\"floors\":-2}");
        assertThat(floors.messageZh()).contains("floors").contains("大于 0");
        assertThat(floors.getMessage()).contains("floors").contains("above 0");
    }

    @Test
    void echoesNoMoreThanTheStartOfALongValue() {
        String longText = "x".repeat(10_000);
        BadRequestException e = refusal("{\"name\":\"A1\",\"floors\":\"" + longText + "\"}");
        assertThat(e.getMessage().length()).isLessThan(200);
    }

    @Test
    void mergesAPatchMemberByMemberAndChecksTheResult() {
        Body current = new Body("A1", 3, new BigDecimal("20"), null, new Point(113.7, 22.9));
        Body patched = bodies.merge(current, json("{\"floors\":4,\"rent\":null,\"point\":{\"lat\":23.0}}"));
        assertThat(patched).isEqualTo(new Body("A1", 4, null, null, new Point(113.7, 23.0)));
        assertThatThrownBy(() -> bodies.merge(current, json("{\"name\":null}")))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> bodies.merge(current, json("{\"height\":3}")))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.field()).isEqualTo("height"));
    }
}
