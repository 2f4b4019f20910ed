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

    /**
     * Kernels shared between the topic sub-packages: Java cannot make a class visible to sibling packages only, so
     * they are public, and {@link #kernels_are_used_only_inside_numerics} keeps them there. They may speak EJML.
     */
    private static final List<String> KERNELS = List.of(
            "Ejml",
            "Svd",
            "Subspaces",
            "Unimodular",
            "Checks",
            "MatrixText",
            "NetworkState",
            "NetworkHessian",
            "CurveExpansion",
            "Witnesses",
            "OpennessAnalysis",
            "Budget");

    /** LinearNetwork's accessors for the slice and the certificate (same rule: numerics only). */
    private static final List<String> KERNEL_MEMBERS = List.of(
            "LinearNetwork.x",
            "LinearNetwork.y",
            "LinearNetwork.omega",
            "LinearNetwork.state",
            "LinearNetwork.gradientScale");

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.landscapelab");

    @Test
    void kernels_are_used_only_inside_numerics() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.landscapelab.numerics..")
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are numerics kernels",
                        c -> c.getPackageName().startsWith("org.landscapelab.numerics")
                                && KERNELS.contains(topLevel(c).getSimpleName())))
                .check(APP);
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }

    private static final List<String> SECOND_PART = List.of(
            "OpennessProbe",
            "TwoLayerCriticalPoints",
            "CriticalPointCertificate",
            "Hypotheses",
            "LandscapeSlice",
            "LeakyReluNetwork",
            "Contours");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.landscapelab.numerics");

    @Test
    void numerics_depends_on_neither_spring_nor_vaadin_nor_other_app_packages() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "com.vaadin..",
                        "org.landscapelab.lessons..",
                        "org.landscapelab.ui..",
                        "org.landscapelab.widgets..",
                        "org.landscapelab.components..",
                        "org.landscapelab.config..")
                .check(MAIN);
    }

    @Test
    void no_public_signature_mentions_an_ejml_type() {
        List<String> leaks = new ArrayList<>();
        for (JavaClass jc : MAIN) {
            Class<?> c = jc.reflect();
            if (!Modifier.isPublic(c.getModifiers())
                    || KERNELS.contains(topLevel(jc).getSimpleName())) {
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
            if (jc.reflect().getEnclosingClass() == null
                    && Modifier.isPublic(jc.reflect().getModifiers())) {
                publicTypes.add(jc.getSimpleName());
            }
        }
        // the second part's types (probe, two-layer families, certificate, hypotheses, slice, leaky ReLU)
        assertThat(publicTypes).containsAll(SECOND_PART);
        publicTypes.removeAll(SECOND_PART);
        publicTypes.removeAll(KERNELS);

        assertThat(publicTypes)
                .containsExactlyInAnyOrder(
                        "Matrix",
                        "NumericsException",
                        "Tolerances",
                        "LinearAlgebra",
                        "Subspace",
                        "LocalOpenness",
                        "Condition",
                        "ExerciseKind",
                        "Exercise",
                        "ExerciseGenerator",
                        "LinearNetwork",
                        "CriticalPoint",
                        "ReducedRankRegression",
                        "GradientDescent",
                        "MultiStart",
                        "TrajectorySlice",
                        "LossSymmetries",
                        "WholeTargets",
                        "Numbers");
    }

    private static void check(List<String> leaks, Class<?> c, String member, String signature) {
        if (signature.contains("org.ejml") && !KERNEL_MEMBERS.contains(c.getSimpleName() + "." + member)) {
            leaks.add(c.getSimpleName() + "." + member + ": " + signature);
        }
    }
}
