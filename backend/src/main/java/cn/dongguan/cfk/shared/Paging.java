package cn.dongguan.cfk.shared;

import java.util.List;

/** Which page of a list to answer: {@code page} from 0, {@code size} within {@link PagingProperties}. */
public record Paging(int page, int size) {

    static final int MAX_PAGE = 1_000_000;

    public long offset() {
        return (long) page * size;
    }

    public <T> Page<T> answer(List<T> items, long total) {
        return new Page<>(items, total, page, size);
    }
}
