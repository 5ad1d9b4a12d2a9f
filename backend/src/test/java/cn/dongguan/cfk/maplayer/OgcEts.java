package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * OGC's own conformance suite for OGC API – Features 1.0 (ets-ogcapi-features10, Apache 2.0), run as
 * {@code ../shared/tools/ogc-ets.sh} runs it. Its source is {@code OGC_ETS_SRC}, else
 * {@code <repo>/../shared/tools/ogc-ets/src}; it is built once with the repository's Maven wrapper into
 * {@code OGC_ETS_HOME} (default {@code ~/.cache/ogc-ets}), then reused. A missing source fails the test
 * with a clear message: this is the proof that the service conforms, so it must never be skipped.
 */
final class OgcEts {

    private static final String JAR = "ets-ogcapi-features10-1.10-SNAPSHOT-aio.jar";

    /** One test method of the suite: its class, name, status (PASS, FAIL, SKIP) and message. */
    record Result(String testClass, String name, String status, String message) {}

    private OgcEts() {}

    /** Runs the whole suite against the landing page {@code iut} and returns every test method's result. */
    static List<Result> run(String iut) {
        Path home = home();
        Path jar = build(home);
        Path out = home.resolve("out-" + ProcessHandle.current().pid());
        try {
            deleteTree(out);
            Files.createDirectories(out);
            Path props = out.resolve("props.xml");
            Files.writeString(props, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <properties version="1.0">
                      <entry key="iut">%s</entry>
                      <entry key="noofcollections">-1</entry>
                    </properties>
                    """.formatted(iut));
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            exec(
                    out,
                    out.resolve("run.log"),
                    600,
                    java,
                    "-jar",
                    jar.toString(),
                    "-o",
                    out.toString(),
                    "-h",
                    "true",
                    props.toString());
            Path results;
            try (Stream<Path> files = Files.walk(out)) {
                results = files.filter(f -> f.getFileName().toString().equals("testng-results.xml"))
                        .findFirst()
                        .orElse(null);
            }
            if (results == null) {
                return fail("The OGC suite wrote no results; its log: " + out.resolve("run.log"));
            }
            List<Result> parsed = parse(results);
            deleteTree(out);
            return parsed;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Result> parse(Path results) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(results.toFile());
            List<Result> all = new ArrayList<>();
            NodeList classes = doc.getElementsByTagName("class");
            for (int c = 0; c < classes.getLength(); c++) {
                Element testClass = (Element) classes.item(c);
                NodeList methods = testClass.getElementsByTagName("test-method");
                for (int m = 0; m < methods.getLength(); m++) {
                    Element method = (Element) methods.item(m);
                    if ("true".equals(method.getAttribute("is-config"))) {
                        continue;
                    }
                    NodeList messages = method.getElementsByTagName("message");
                    String message = messages.getLength() == 0
                            ? ""
                            : messages.item(0).getTextContent().strip();
                    all.add(new Result(
                            testClass.getAttribute("name"),
                            method.getAttribute("name"),
                            method.getAttribute("status"),
                            message));
                }
            }
            return all;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the OGC suite's results " + results, e);
        }
    }

    private static Path home() {
        String configured = System.getenv("OGC_ETS_HOME");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "ogc-ets");
    }

    /** The suite's jar, built from its source once (about two minutes, dependencies from Maven Central). */
    private static Path build(Path home) {
        Path jar = home.resolve("build").resolve("target").resolve(JAR);
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Path repo = repository();
        Path source = source(repo);
        try {
            Files.createDirectories(home);
            Path building = Files.createTempDirectory(home, "build-");
            copyTree(source, building);
            exec(
                    repo,
                    home.resolve("build.log"),
                    1200,
                    repo.resolve("mvnw").toString(),
                    "-B",
                    "-q",
                    "-f",
                    building.resolve("pom.xml").toString(),
                    "-DskipTests",
                    "-Denforcer.skip=true",
                    "-Dmaven.buildNumber.skip=true",
                    "-Dmaven.javadoc.skip=true",
                    "-Dmaven.site.skip=true",
                    "package");
            if (!Files.isRegularFile(building.resolve("target").resolve(JAR))) {
                return fail("Building the OGC suite made no " + JAR + "; see " + home.resolve("build.log"));
            }
            deleteTree(home.resolve("build"));
            Files.move(building, home.resolve("build"), StandardCopyOption.ATOMIC_MOVE);
            return jar;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository root: the nearest directory above the working directory with the Maven wrapper. */
    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null
                && !(Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("backend")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            return fail("Cannot find the repository root (with mvnw) above "
                    + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static Path source(Path repo) {
        String configured = System.getenv("OGC_ETS_SRC");
        Path source = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : repo.resolve("../shared/tools/ogc-ets/src").normalize();
        if (!Files.isRegularFile(source.resolve("pom.xml"))) {
            return fail("OGC's conformance suite (ets-ogcapi-features10) is not at " + source
                    + ". Set OGC_ETS_SRC to its source (a checkout of "
                    + "https://github.com/opengeospatial/ets-ogcapi-features10), or put it at "
                    + "<repository>/../shared/tools/ogc-ets/src; this test must not be skipped.");
        }
        return source;
    }

    private static void exec(Path dir, Path log, int timeoutSeconds, String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s; log: " + log);
            }
            // The suite exits non-zero when a test fails: the results say which.
            if (process.exitValue() != 0 && !command[0].endsWith("java")) {
                fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + tail(log));
            }
        } catch (IOException e) {
            fail("Cannot run " + command[0] + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted((a, b) -> b.compareTo(a))::iterator) {
                Files.delete(f);
            }
        }
    }
}
