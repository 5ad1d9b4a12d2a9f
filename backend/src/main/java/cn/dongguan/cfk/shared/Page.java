package cn.dongguan.cfk.shared;

import java.util.List;

/** A page of a list (SPEC §5): {@code page} from 0, {@code size} at most 500, {@code total} exact. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 500;

    /** 400 naming the parameter when page or size is out of range. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw new BadRequestException("page", "page 不能为负数", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException(
                    "size", "size 应在 1 到 " + MAX_SIZE + " 之间", "size must be between 1 and " + MAX_SIZE);
        }
    }
}
