package cn.dongguan.cfk.shared;

import java.util.List;

/** Which page of a list to answer: {@code page} from 0, {@code size} 1–500 (SPEC §5). */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = Page.MAX_SIZE;
    private static final int MAX_PAGE = 1_000_000;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            throw new BadRequestException(
                    "page",
                    "参数 page 应为 0 至 " + MAX_PAGE + " 的整数（从 0 开始）",
                    "Parameter 'page' must be an integer from 0 to " + MAX_PAGE + " (pages count from 0)");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new BadRequestException(
                    "size",
                    "参数 size 应为 1 至 " + MAX_SIZE + " 的整数",
                    "Parameter 'size' must be an integer from 1 to " + MAX_SIZE);
        }
        return new Paging(p, s);
    }

    public long offset() {
        return (long) page * size;
    }

    public <T> Page<T> answer(List<T> items, long total) {
        return new Page<>(items, total, page, size);
    }
}
