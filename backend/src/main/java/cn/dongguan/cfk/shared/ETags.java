package cn.dongguan.cfk.shared;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;

/**
 * The entity tags of the API, made in one place: a row's stored version, quoted ({@code "7"}), or an
 * opaque tag of derived data such as a map layer's ({@code "buildings-1a2b-42-…"}). Requests that
 * carry {@code If-None-Match} are answered by Spring's conditional-request support (a
 * {@code ResponseEntity} with an ETag, or {@code WebRequest.checkNotModified}); writes check
 * {@code If-Match} here.
 */
public final class ETags {

    private static final Pattern VERSION = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*$");

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the row, tagged with its version. */
    public static <T extends Versioned> ResponseEntity<T> ok(T row) {
        return ResponseEntity.ok().eTag(of(row.version())).body(row);
    }

    /** 201 with the new row at {@code location}, tagged with its version. */
    public static <T extends Versioned> ResponseEntity<T> created(String location, T row) {
        return ResponseEntity.created(URI.create(location))
                .eTag(of(row.version()))
                .body(row);
    }

    /** A strong tag of {@code parts} joined by {@code -}; the parts must not contain quotes. */
    public static String derived(Object... parts) {
        StringBuilder tag = new StringBuilder("\"");
        for (int i = 0; i < parts.length; i++) {
            tag.append(i == 0 ? "" : "-").append(parts[i]);
        }
        return tag.append('"').toString();
    }

    /**
     * The version an If-Match header names; 428 when it is absent, 412 when it names no version or
     * another version than {@code current}.
     */
    public static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PreconditionException.missing();
        }
        Matcher m = VERSION.matcher(ifMatch);
        if (!m.matches() || Long.parseLong(m.group(1)) != current) {
            throw PreconditionException.stale(current);
        }
    }
}
