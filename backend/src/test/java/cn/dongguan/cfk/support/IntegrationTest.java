package cn.dongguan.cfk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test on real PostGIS with the sample data loaded (see {@link PostgisInitializer}).
 * All such tests share one application context; they may inject the {@link MutableClock}, and the
 * {@link Inventory} and {@link FreeLand} they make their own data with.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = PostgisInitializer.class)
@Import({TestClockConfiguration.class, Inventory.class, FreeLand.class})
public @interface IntegrationTest {}
