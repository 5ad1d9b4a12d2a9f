package cn.dongguan.cfk.shared;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which page of a list to answer: {@code page} from 0, {@code size} within {@link PagingProperties}. */
public record Paging(int page, int size) {

    /** Where a statement's rows are cut to the page, with the parameters {@link #select} binds. */
    public static final String LIMIT = "\nLIMIT :limit OFFSET :offset";

    static final int MAX_PAGE = 1_000_000;

    public long offset() {
        return (long) page * size;
    }

    public <T> Page<T> answer(List<T> items, long total) {
        return new Page<>(items, total, page, size);
    }

    /**
     * This page of a statement's rows with their exact total: {@code count} counts them, and unless the
     * page lies past the end, {@code rows} reads them, ordered so that pages never overlap and cut by
     * {@link #LIMIT}. Both take the same named parameters.
     */
    public <T> Page<T> select(JdbcClient jdbc, String count, String rows, Map<String, ?> params, RowMapper<T> mapper) {
        long total = jdbc.sql(count).params(params).query(Long.class).single();
        if (total <= offset()) {
            return answer(List.of(), total);
        }
        List<T> items = jdbc.sql(rows)
                .params(params)
                .param("limit", size)
                .param("offset", offset())
                .query(mapper)
                .list();
        return answer(items, total);
    }
}
