package cn.dongguan.cfk.shared;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /** A version, alone or with the hash of {@link #ofVersionAndContent}. */
    private static final Pattern VERSION = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,18})(?:-[0-9a-f]{1,64})?\"?\\s*$");

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * A row's version and a hash of what is shown with it ({@code "7-1a2b…"}), for a view that also
     * holds figures derived from other rows: If-None-Match sees a change of either, while If-Match
     * ({@link #requireMatch}) reads the version, so the tag of a GET is the one a write takes.
     */
    public static String ofVersionAndContent(long version, String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "\"" + version + "-" + HexFormat.of().formatHex(hash, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
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
