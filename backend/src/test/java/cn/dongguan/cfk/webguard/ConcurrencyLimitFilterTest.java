package cn.dongguan.cfk.webguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A class of endpoints answers at most its limit at once; one more is a 503 with Retry-After, at once. */
class ConcurrencyLimitFilterTest {

    private final ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(new LimitProperties(
            List.of(new LimitProperties.EndpointClass("ogc-items", List.of("/ogc/collections/*/items"), 2)),
            Duration.ofSeconds(3)));

    @Test
    void requestsOverTheLimitAreRefusedWithRetryAfterAndOthersAreNotHeldUp() throws Exception {
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MockHttpServletResponse>> slow = List.of(
                    pool.submit(() -> run("/ogc/collections/buildings/items", started, release)),
                    pool.submit(() -> run("/ogc/collections/parcels/items", started, release)));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            MockHttpServletResponse refused = run("/ogc/collections/towns/items", null, null);
            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("3");
            assertThat(refused.getContentType()).startsWith("application/problem+json");
            assertThat(refused.getContentAsString()).contains("ogc-items");

            assertThat(run("/ogc/collections/towns", null, null).getStatus())
                    .as("another endpoint is not held up")
                    .isEqualTo(200);

            release.countDown();
            for (Future<MockHttpServletResponse> response : slow) {
                assertThat(response.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
            }
            assertThat(run("/ogc/collections/towns/items", null, null).getStatus())
                    .as("places are given back")
                    .isEqualTo(200);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private MockHttpServletResponse run(String path, CountDownLatch started, CountDownLatch release) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                if (started != null) {
                    started.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
        return response;
    }
}
