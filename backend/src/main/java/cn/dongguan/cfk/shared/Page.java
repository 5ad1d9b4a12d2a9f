package cn.dongguan.cfk.shared;

import java.util.List;

/** A page of a list (SPEC §5): {@code page} from 0, {@code size} at most 500, {@code total} exact. */
public record Page<T>(List<T> items, long total, int page, int size) {

    private static final PagingProperties DEFAULTS = ConfigDefaults.of("cfk.paging", PagingProperties.class);

    /**
     * The page asked for; 400 naming the parameter when page or size is out of range, for lists that take {@code int}s with
     * defaults of their own: the rule and texts of {@link PagingProperties#of}, at the default limits
     * (those lists are to take the {@link PagingProperties} bean instead).
     */
    public static Paging check(int page, int size) {
        return DEFAULTS.of(page, size);
    }
}
