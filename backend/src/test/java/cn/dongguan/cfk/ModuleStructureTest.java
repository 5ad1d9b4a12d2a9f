package cn.dongguan.cfk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every feature package under {@code cn.dongguan.cfk} is an application module (Spring Modulith):
 * modules use only each other's public surface, and never in a cycle. The module graph in
 * {@code docs/architecture.md} is the one Spring Modulith computes, so it cannot drift from the code.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CfkApplication.class);

    private static final Path ARCHITECTURE = Path.of("../docs/architecture.md");
    private static final Pattern MERMAID = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL);

    @Test
    void modulesUseOnlyEachOthersPublicSurfaceAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void everyFeaturePackageIsAModule() throws Exception {
        Path root = Path.of("src/main/java/cn/dongguan/cfk");
        try (var packages = Files.list(root)) {
            var onDisk = packages.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
            assertThat(MODULES.stream().map(ModuleStructureTest::name).sorted())
                    .as("the backend's feature packages (and the sample-data generator's gisdata) are all modules")
                    .containsAll(onDisk);
        }
    }

    @Test
    void theArchitectureDocumentDrawsTheModulesAsTheyDependOnEachOther() throws IOException {
        String expected = graph(MODULES);
        Matcher block = MERMAID.matcher(Files.readString(ARCHITECTURE));
        String drawn = block.find() ? block.group(1) : "(no mermaid block)";
        assertThat(drawn)
                .withFailMessage(
                        "The module graph in docs/architecture.md is not the one the code has. Replace its mermaid "
                                + "block with:%n%n```mermaid%n%s```%n",
                        expected)
                .isEqualTo(expected);
    }

    /** Each module and the modules it depends on directly, by name: the same text for the same code. */
    static String graph(ApplicationModules modules) {
        StringBuilder graph = new StringBuilder("graph LR\n");
        modules.stream().sorted(Comparator.comparing(ModuleStructureTest::name)).forEach(module -> {
            var uses = module.getDirectDependencies(modules)
                    .uniqueModules()
                    .map(ModuleStructureTest::name)
                    .filter(name -> !name.equals(name(module)))
                    .sorted()
                    .toList();
            if (uses.isEmpty()) {
                graph.append("    ").append(name(module)).append('\n');
            }
            uses.forEach(used -> graph.append("    ")
                    .append(name(module))
                    .append(" --> ")
                    .append(used)
                    .append('\n'));
        });
        return graph.toString();
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}
