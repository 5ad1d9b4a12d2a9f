package cn.dongguan.cfk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * What {@link ModuleStructureTest} does not say (STYLE.md): entities, repositories and controllers stay
 * package-private, and {@code shared} depends on no feature.
 */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.dongguan.cfk");

    @Test
    void entitiesRepositoriesAndControllersStayPackagePrivate() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(APP);
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(APP);
        classes()
                .that()
                .areAssignableTo(org.springframework.data.repository.Repository.class)
                .should()
                .notBePublic()
                .check(APP);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("cn.dongguan.cfk.shared..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("cn.dongguan.cfk..").and(not(resideInAPackage("cn.dongguan.cfk.shared.."))))
                .check(APP);
    }
}
