package org.landscapelab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency direction of the design: ui → widgets → numerics, ui → lessons, widgets → components. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.landscapelab");

    @Test
    void numerics_imports_neither_spring_nor_vaadin() {
        noClasses()
                .that()
                .resideInAPackage("..numerics..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void only_numerics_imports_ejml() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..numerics..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.ejml..")
                .check(CLASSES);
    }

    @Test
    void numerics_depends_on_no_other_package_of_the_app() {
        noClasses()
                .that()
                .resideInAPackage("..numerics..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..lessons..", "..widgets..", "..components..", "..ui..", "..config..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void lessons_know_nothing_of_vaadin_widgets_or_numerics() {
        noClasses()
                .that()
                .resideInAPackage("..lessons..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "..widgets..", "..numerics..", "..components..", "..ui..")
                .check(CLASSES);
    }

    @Test
    void ui_meets_numerics_only_through_widgets() {
        // ui may use components directly: the lesson player needs the formula element for lesson prose.
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..numerics..")
                .check(CLASSES);
    }

    @Test
    void widgets_do_not_reach_back_into_ui() {
        noClasses()
                .that()
                .resideInAPackage("..widgets..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..ui..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void components_are_plain_wrappers_of_the_frontend() {
        noClasses()
                .that()
                .resideInAPackage("..components..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..widgets..", "..numerics..", "..lessons..", "..ui..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void no_widget_sub_package_imports_another() {
        // What widgets share (typed options, the linear-network problem, the worked pairs) lives in the base package.
        slices().matching("org.landscapelab.widgets.(*)..")
                .should()
                .notDependOnEachOther()
                .check(CLASSES);
    }

    @Test
    void the_widget_base_package_names_no_widget() {
        // Widgets are found by ServiceLoader, so the base (and its registry) never imports a sub-package.
        noClasses()
                .that()
                .resideInAPackage("org.landscapelab.widgets")
                .should()
                .dependOnClassesThat(inASubPackageOf("org.landscapelab.widgets"))
                .check(CLASSES);
    }

    @Test
    void numerics_topics_are_free_of_cycles() {
        slices().matching("org.landscapelab.numerics.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void the_numerics_root_depends_on_no_topic() {
        // The root holds what every topic shares (exception, tolerances, budget, the number reader).
        noClasses()
                .that()
                .resideInAPackage("org.landscapelab.numerics")
                .should()
                .dependOnClassesThat(inASubPackageOf("org.landscapelab.numerics"))
                .check(CLASSES);
    }

    @Test
    void linear_algebra_depends_on_no_other_topic() {
        noClasses()
                .that()
                .resideInAPackage("org.landscapelab.numerics.linalg..")
                .should()
                .dependOnClassesThat(inASubPackageOf("org.landscapelab.numerics")
                        .and(DescribedPredicate.not(
                                JavaClass.Predicates.resideInAPackage("org.landscapelab.numerics.linalg.."))))
                .check(CLASSES);
    }

    @Test
    void lessons_and_numerics_depend_on_neither_ui_nor_config() {
        noClasses()
                .that()
                .resideInAnyPackage("..lessons..", "..numerics..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..ui..", "..config..")
                .check(CLASSES);
    }

    @Test
    void records_stand_alone_below_ui() {
        // Learning records are storage: they know neither the lessons' format nor widgets, numerics or Vaadin.
        noClasses()
                .that()
                .resideInAPackage("..records..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.vaadin..", "..ui..", "..widgets..", "..lessons..", "..numerics..", "..components..")
                .check(CLASSES);
    }

    @Test
    void nothing_below_ui_reaches_records_or_security() {
        noClasses()
                .that()
                .resideInAnyPackage("..numerics..", "..lessons..", "..widgets..", "..components..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..records..", "..security..")
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> inASubPackageOf(String base) {
        return DescribedPredicate.describe(
                "reside in a sub-package of " + base, c -> c.getPackageName().startsWith(base + "."));
    }

    @Test
    void top_level_packages_are_free_of_cycles() {
        slices().matching("org.landscapelab.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
