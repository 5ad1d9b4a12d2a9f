package cn.dongguan.cfk.shared;

import java.util.List;

/** One page of a search or list (SPEC §5): {@code page} counts from 0, {@code total} is exact. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {
}
