package cn.dongguan.cfk.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The page size of paged lists (SPEC §5: at most 500). A size outside 1…{@code maxSize}, like a page
 * below 0, is refused with a 400 naming the parameter ({@link QueryParams#inRange}).
 *
 * @param defaultSize the size of a page when the request names none
 * @param maxSize     the largest page a client may ask for
 */
@ConfigurationProperties("cfk.paging")
public record PagingProperties(
        @DefaultValue("20") int defaultSize,
        @DefaultValue("500") int maxSize) {

    /** The page asked for, {@code page} from 0 (default 0), {@code size} by default {@link #defaultSize}. */
    public Paging of(Integer page, Integer size) {
        return new Paging(
                QueryParams.inRange(page, "page", 0, Paging.MAX_PAGE, 0),
                QueryParams.inRange(size, "size", 1, maxSize, defaultSize));
    }
}
