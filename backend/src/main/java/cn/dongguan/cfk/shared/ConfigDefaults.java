package cn.dongguan.cfk.shared;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * Typed configuration as it is when nothing is configured: the {@code @DefaultValue}s of its record,
 * for code that runs outside the application (a benchmark's statement printer, plain unit tests), so
 * that defaults are written only once, on the record.
 */
public final class ConfigDefaults {

    private ConfigDefaults() {}

    public static <T> T of(String prefix, Class<T> type) {
        return new Binder().bindOrCreate(prefix, type);
    }
}
