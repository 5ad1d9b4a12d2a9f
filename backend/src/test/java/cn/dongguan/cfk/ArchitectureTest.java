package cn.dongguan.cfk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the feature packages apart (STYLE.md): small public surfaces, no cycles, entities at home. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.dongguan.cfk");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("cn.dongguan.cfk.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void entitiesRepositoriesAndControllersStayPackagePrivate() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(APP);
        classes().that().areAnnotatedWith(RestController.class).should().notBePublic().check(APP);
        classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
                .should().notBePublic().check(APP);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage("cn.dongguan.cfk.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "cn.dongguan.cfk.park..", "cn.dongguan.cfk.space..", "cn.dongguan.cfk.land..",
                        "cn.dongguan.cfk.reference..", "cn.dongguan.cfk.enterprise..", "cn.dongguan.cfk.ingest..",
                        "cn.dongguan.cfk.security..")
                .check(APP);
    }
}
