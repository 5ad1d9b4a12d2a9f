package cn.dongguan.cfk.security;

import cn.dongguan.cfk.shared.BadRequestException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/**
 * The one rule for passwords people set (issue 12): at least 10 characters, not the username, not
 * one of the common passwords shipped in {@code security/common-passwords.txt}, and at most 72
 * bytes (what bcrypt reads). The demo accounts keep "demo" (SPEC §5): they are not set by people.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load("security/common-passwords.txt");
    private static final String ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    /** A 400 naming {@code field} and the rule a weak password breaks (problem member {@code rule}). */
    public static void check(String field, String username, String password) {
        String problem = problem(username, password);
        if (problem == null) {
            return;
        }
        String[] text = switch (problem) {
            case "minLength" ->
                new String[] {
                    "密码至少需要 " + MIN_LENGTH + " 个字符", "The password needs at least " + MIN_LENGTH + " characters"
                };
            case "maxLength" ->
                new String[] {
                    "密码不能超过 " + MAX_BYTES + " 字节（约 24 个汉字）",
                    "The password must not exceed " + MAX_BYTES + " bytes (about 24 Chinese characters)"
                };
            case "notUsername" ->
                new String[] {"密码不能是用户名，也不能包含用户名", "The password must not be or contain the username"};
            default ->
                new String[] {"该密码过于常见，很容易被猜到，请换一个", "This password is too common and easily guessed: choose another"};
        };
        throw new BadRequestException(field, text[0], text[1], Map.of("rule", problem));
    }

    /** The rule the password breaks (minLength, maxLength, notUsername, common), or null when it is fine. */
    static String problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "minLength";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "maxLength";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT).trim();
        if (!name.isEmpty() && (lower.equals(name) || (name.length() >= 4 && lower.contains(name)))) {
            return "notUsername";
        }
        if (COMMON.contains(lower)) {
            return "common";
        }
        return null;
    }

    /** A random password of 14 characters that are hard to confuse (no 0/O, 1/l/I), for a reset. */
    public static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ONE_TIME_ALPHABET.charAt(RANDOM.nextInt(ONE_TIME_ALPHABET.length())));
        }
        return password.toString();
    }

    private static Set<String> load(String path) {
        try (var reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
