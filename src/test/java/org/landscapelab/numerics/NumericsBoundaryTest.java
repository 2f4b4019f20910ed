package org.landscapelab.numerics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The package's rules: plain Java + EJML, and EJML never visible from outside. */
class NumericsBoundaryTest {

    private static final List<String> SECOND_PART = List.of("OpennessProbe", "TwoLayerCriticalPoints",
            "CriticalPointCertificate", "Hypotheses", "LandscapeSlice", "LeakyReluNetwork", "Contours");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.landscapelab.numerics");

    @Test
    void numerics_depends_on_neither_spring_nor_vaadin_nor_other_app_packages() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                "org.landscapelab.lessons..", "org.landscapelab.ui..", "org.landscapelab.widgets..",
                "org.landscapelab.components..", "org.landscapelab.config..").check(MAIN);
    }

    @Test
    void no_public_signature_mentions_an_ejml_type() {
        List<String> leaks = new ArrayList<>();
        for (JavaClass jc : MAIN) {
            Class<?> c = jc.reflect();
            if (!Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    check(leaks, c, m.getName(), m.toGenericString());
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (Modifier.isPublic(k.getModifiers())) {
                    check(leaks, c, "<init>", k.toGenericString());
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers())) {
                    check(leaks, c, f.getName(), f.toGenericString());
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void the_public_api_is_the_documented_short_list() {
        List<String> publicTypes = new ArrayList<>();
        for (JavaClass jc : MAIN) {
            if (jc.reflect().getEnclosingClass() == null && Modifier.isPublic(jc.reflect().getModifiers())) {
                publicTypes.add(jc.getSimpleName());
            }
        }
        // the second part's types (probe, two-layer families, certificate, hypotheses, slice, leaky ReLU)
        assertThat(publicTypes).containsAll(SECOND_PART);
        publicTypes.removeAll(SECOND_PART);

        assertThat(publicTypes).containsExactlyInAnyOrder("Matrix", "NumericsException", "Tolerances",
                "LinearAlgebra", "Subspace", "LocalOpenness", "Condition", "ExerciseKind", "Exercise",
                "ExerciseGenerator", "LinearNetwork", "CriticalPoint", "ReducedRankRegression", "GradientDescent", "MultiStart", "TrajectorySlice");
    }

    private static void check(List<String> leaks, Class<?> c, String member, String signature) {
        if (signature.contains("org.ejml")) {
            leaks.add(c.getSimpleName() + "." + member + ": " + signature);
        }
    }
}
