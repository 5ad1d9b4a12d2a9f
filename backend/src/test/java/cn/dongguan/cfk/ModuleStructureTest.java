package cn.dongguan.cfk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every feature package under {@code cn.dongguan.cfk} is an application module (Spring Modulith):
 * modules use only each other's public surface, and never in a cycle. The module diagram in
 * {@code docs/modules/} is written from the same model, so it cannot drift from the code.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CfkApplication.class);

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
            assertThat(MODULES.stream()
                            .map(ApplicationModule::getIdentifier)
                            .map(Object::toString)
                            .sorted())
                    .as("the backend's feature packages (and the sample-data generator's gisdata) are all modules")
                    .containsAll(onDisk);
        }
    }

    @Test
    void writesTheModuleDiagramIntoTheDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml(
                        Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML))
                .writeModuleCanvases();
    }
}
