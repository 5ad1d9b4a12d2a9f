package cn.dongguan.cfk.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The rule of SPEC §7 in whole days of Dongguan's calendar (FreshnessRuleTest checks its users). */
class FreshnessTest {

    private static final ZoneId DONGGUAN = ZoneId.of("Asia/Shanghai");

    private static Clock at(String localTime) {
        return Clock.fixed(LocalDateTime.parse(localTime).atZone(DONGGUAN).toInstant(), ZoneOffset.UTC);
    }

    private static Instant local(String localTime) {
        return LocalDateTime.parse(localTime).atZone(DONGGUAN).toInstant();
    }

    @Test
    void staleFromTheStartOfTheLocalDay60DaysAgoAndHiddenAt120() {
        Clock clock = at("2025-06-30T15:30:00");
        assertThat(Freshness.staleBefore(clock)).isEqualTo(local("2025-05-01T00:00:00"));
        assertThat(Freshness.hiddenBefore(clock)).isEqualTo(local("2025-03-02T00:00:00"));

        assertThat(Freshness.isStale(local("2025-05-01T00:00:00"), clock)).isFalse();
        assertThat(Freshness.isStale(local("2025-04-30T23:59:59"), clock)).isTrue();
        assertThat(Freshness.isHidden(local("2025-03-02T00:00:00"), clock)).isFalse();
        assertThat(Freshness.isHidden(local("2025-03-01T23:59:59"), clock)).isTrue();
        assertThat(Freshness.isStale(null, clock)).isTrue();
    }

    @Test
    void theCutOffsMoveAtDongguanMidnightNotAtUtcMidnight() {
        // 07:59 and 08:00 in Dongguan are either side of UTC midnight: the same local day
        assertThat(Freshness.staleBefore(at("2025-06-30T07:59:00")))
                .isEqualTo(Freshness.staleBefore(at("2025-06-30T08:00:00")))
                .isEqualTo(Freshness.staleBefore(at("2025-06-30T00:00:00")))
                .isEqualTo(Freshness.staleBefore(at("2025-06-30T23:59:59.999")));
        assertThat(Freshness.staleBefore(at("2025-07-01T00:00:00"))).isEqualTo(local("2025-05-02T00:00:00"));
    }

    @Test
    void theCutOffsAreBoundAsTheStatementsNameThem() {
        Clock clock = at("2025-06-30T15:30:00");
        assertThat(Freshness.sqlParameters(clock))
                .containsOnlyKeys("staleBefore", "hiddenBefore")
                .containsEntry("staleBefore", local("2025-05-01T00:00:00").atOffset(ZoneOffset.UTC));
    }
}
