package cn.dongguan.cfk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (npm {@code axe-core@4}) run in a page of a {@link Browser}: it has no webjar, so it is
 * installed with npm into a cache outside the repository ({@code CFK_AXE_CACHE}, else
 * {@code ~/.cache/cfk-axe}) the first time, and read from there afterwards.
 */
public final class Axe {

    private static final Path CACHE =
            Path.of(env("CFK_AXE_CACHE", System.getProperty("user.home") + "/.cache/cfk-axe"));
    private static final Path SCRIPT = CACHE.resolve("node_modules/axe-core/axe.min.js");

    private static String source;

    private Axe() {}

    /**
     * The serious and critical WCAG 2 A/AA findings on the page as it is now, one line each: the rule,
     * its impact and the first elements it found; empty when there are none.
     */
    public static List<String> seriousFindings(ChromeDriver driver) {
        return findings(
                driver,
                "{ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }",
                "v.impact === 'serious' || v.impact === 'critical'");
    }

    /**
     * What axe's best-practice heading rules find on the page, whatever their impact (they are moderate):
     * headings that skip a level ({@code heading-order}) and a page without an h1
     * ({@code page-has-heading-one}).
     */
    public static List<String> headingFindings(ChromeDriver driver) {
        return findings(
                driver, "{ runOnly: { type: 'rule', values: ['heading-order', 'page-has-heading-one'] } }", "true");
    }

    /** axe run with these options, the violations kept by the filter (a JavaScript condition on v). */
    @SuppressWarnings("unchecked")
    private static List<String> findings(ChromeDriver driver, String options, String filter) {
        driver.executeScript(script());
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, %s)
                  .then(r => done(r.violations.filter(v => %s)
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')
                      + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | '))),
                        e => done(['axe failed: ' + e]));""".formatted(options, filter));
        return ((List<Object>) result).stream().map(String::valueOf).toList();
    }

    private static synchronized String script() {
        if (source == null) {
            try {
                if (!Files.isRegularFile(SCRIPT)) {
                    install();
                }
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private static void install() throws IOException {
        Files.createDirectories(CACHE);
        Process npm = new ProcessBuilder(
                        "npm",
                        "install",
                        "--prefix",
                        CACHE.toString(),
                        "axe-core@4",
                        "--no-save",
                        "--no-audit",
                        "--no-fund",
                        "--no-package-lock")
                .redirectErrorStream(true)
                .redirectOutput(CACHE.resolve("npm.log").toFile())
                .start();
        try {
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
                throw new IllegalStateException("npm could not install axe-core@4 into " + CACHE + ": see "
                        + CACHE.resolve("npm.log") + " (or set CFK_AXE_CACHE to a folder that has it)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
