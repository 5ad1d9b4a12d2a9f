package cn.dongguan.cfk.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class StagingLaneTest {

    @Test
    void writesRunOneAtATimeInTheOrderGivenAndAwaitWaitsForTheLast() {
        List<Integer> done = new CopyOnWriteArrayList<>();
        try (StagingLane lane = new StagingLane(1)) {
            for (int i = 0; i < 5; i++) {
                int n = i;
                lane.submit(() -> {
                    sleep(20 - 4 * n);
                    done.add(n);
                });
            }
            lane.await();
            assertThat(done).containsExactly(0, 1, 2, 3, 4);
        }
    }

    @Test
    void aFailedWriteIsThrownByTheNextCall() {
        try (StagingLane lane = new StagingLane(2)) {
            lane.submit(() -> {
                throw new IllegalStateException("COPY refused");
            });
            assertThatThrownBy(() -> lane.submit(() -> {})).hasMessage("COPY refused");
        }
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
