package org.sahelsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * The project's rules, as code: the model cores (Mali's, and Epstein's classic beside it) know
 * nothing of files, formats, charts or user interfaces (the classroom's web server included), and
 * the web server lives in the classroom alone; the classic shares with the Mali model
 * only the pure theory both use and the annotations that give the scenario reader a parameter's
 * bounds; there is no static mutable state; a model takes no time or randomness from outside its
 * seeded generator.
 */
@AnalyzeClasses(packages = "org.sahelsim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String MODEL = "org.sahelsim.model..";
    /** Epstein's civil-violence model, a second model core beside Mali's. */
    private static final String CLASSIC = "org.sahelsim.classic.epstein..";
    /** Pure math that both models may use. */
    private static final String THEORY = "org.sahelsim.theory..";
    /** What the classic may take from the Mali model's package: how a parameter's bounds are stated. */
    private static final Set<String> SCENARIO_ANNOTATIONS = Set.of("org.sahelsim.model.params.Bounds",
            "org.sahelsim.model.params.Optional", "org.sahelsim.model.params.Validated", "org.sahelsim.model.params.Checker");

    @ArchTest
    static final ArchRule modelDependsOnNoOuterPackage = noClasses().that().resideInAnyPackage(MODEL, CLASSIC)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.sahelsim.scenario..", "org.sahelsim.geodata..", "org.sahelsim.output..", "org.sahelsim.results..",
                    "org.sahelsim.data..", "org.sahelsim.viz..",
                    "org.sahelsim.cli..", "org.sahelsim.gui..", "org.sahelsim.run..", "org.sahelsim.classic", "org.sahelsim.uncertainty..",
                    "org.sahelsim.classroom..")
            .because("other packages depend on the model cores, never the reverse");

    @ArchTest
    static final ArchRule theWebServerStaysInTheClassroom = noClasses().that().resideOutsideOfPackages("org.sahelsim.classroom..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
            .because("the classroom's web server is one concept with one home: its game and pages, not the model, the GUI or the command line");

    @ArchTest
    static final ArchRule theMaliModelKnowsNothingOfTheClassic = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAPackage("org.sahelsim.classic..")
            .because("the classic sits beside the Mali model and shares only the theory with it");

    @ArchTest
    static final ArchRule theClassicSharesOnlyTheTheoryAndTheParameterAnnotations = noClasses().that().resideInAPackage(CLASSIC)
            .should().dependOnClassesThat(DescribedPredicate.describe("are Mali model classes other than the parameter annotations",
                    c -> c.getPackageName().startsWith("org.sahelsim.model") && !SCENARIO_ANNOTATIONS.contains(c.getName())))
            .because("Epstein's model shares nothing with the Mali model it does not need: grievance comes from the theory,"
                    + " and it states its parameters' bounds in the terms the scenario reader knows");


    @ArchTest
    static final ArchRule theTheoryIsPureMath = classes().that().resideInAPackage(THEORY)
            .should().onlyDependOnClassesThat().resideInAnyPackage(THEORY, "java.lang..")
            .because("the theory is pure functions both models call, with no state and no dependencies");

    @ArchTest
    static final ArchRule modelUsesNoFilesFormatsOrInterfaces = noClasses().that().resideInAnyPackage(MODEL, CLASSIC)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.nio.file..", "org.jfree..", "org.yaml..", "com.fasterxml..", "picocli..",
                    "sim.display..", "sim.portrayal..", "javax.swing..", "java.awt..", "org.locationtech..", "org.moeaframework..",
                    "me.tongfei..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
            .because("the model core knows nothing of files, charts, YAML, JSON, the CLI or the GUI");

    @ArchTest
    static final ArchRule modelTakesNoTimeOrRandomnessFromOutside = noClasses().that().resideInAnyPackage(MODEL, CLASSIC)
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(Math.class, "random")
            .orShould().callConstructorWhere(constructorOf("java.util.Random"))
            .orShould().callConstructor(ec.util.MersenneTwisterFast.class)
            .orShould().callMethodWhere(staticNowOrRandom())
            .because("a run is a pure function of (scenario, seed): all randomness comes from the SimState's seeded generator");

    @ArchTest
    static final ArchRule staticFieldsAreFinal = fields().that().areDeclaredInClassesThat().resideInAPackage("org.sahelsim..")
            .and().areStatic()
            .should().beFinal()
            .because("there is no static mutable state");

    @ArchTest
    static final ArchRule staticFieldsHoldImmutableValues = fields().that().areDeclaredInClassesThat().resideInAPackage("org.sahelsim..")
            .and().areStatic().and().areFinal().and(notSynthetic())
            .should(holdAnImmutableValue())
            .because("a final reference to a mutable object is static mutable state all the same");

    private static DescribedPredicate<JavaCall<?>> constructorOf(String className) {
        return DescribedPredicate.describe("a constructor of " + className,
                call -> call.getTarget().getName().equals("<init>") && call.getTargetOwner().getName().equals(className));
    }

    private static DescribedPredicate<JavaCall<?>> staticNowOrRandom() {
        Set<String> clocks = Set.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
                "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.Clock");
        return DescribedPredicate.describe("now(), the system clock, ThreadLocalRandom or a random UUID", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getTarget().getName();
            return (clocks.contains(owner) && (name.equals("now") || name.startsWith("system")))
                    || owner.equals("java.util.concurrent.ThreadLocalRandom")
                    || (owner.equals("java.util.UUID") && name.equals("randomUUID"));
        });
    }

    /** Types whose instances cannot change. */
    private static final Set<String> IMMUTABLE_JDK = Set.of(
            "java.lang.String", "java.lang.Object", "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float",
            "java.lang.Short", "java.lang.Byte", "java.lang.Character", "java.lang.Boolean", "java.math.BigDecimal",
            "java.math.BigInteger", "java.util.regex.Pattern", "java.time.LocalDate", "java.time.Duration", "java.time.Period",
            "java.time.ZoneId", "java.time.ZoneOffset", "java.time.format.DateTimeFormatter", "java.awt.Color", "java.awt.Font",
            "java.awt.BasicStroke", "java.util.Locale", "java.nio.charset.Charset");
    /** Collection interfaces, immutable when the class builds them with List.of and the like and never a mutable one. */
    private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Set", "java.util.Map");
    private static final Set<String> MUTABLE_COLLECTIONS = Set.of("java.util.ArrayList", "java.util.LinkedList",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.HashSet", "java.util.LinkedHashSet",
            "java.util.TreeSet", "java.util.EnumMap", "java.util.concurrent.ConcurrentHashMap");

    private static ArchCondition<JavaField> holdAnImmutableValue() {
        return new ArchCondition<>("hold an immutable value (or be an enum's values() cache)") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                boolean ok = isValuesCache(field) || isImmutable(field.getRawType(), 0)
                        || (COLLECTIONS.contains(field.getRawType().getName()) && buildsOnlyImmutableCollections(field.getOwner()));
                events.add(new SimpleConditionEvent(field, ok, field.getFullName() + " of type " + field.getRawType().getName()
                        + (ok ? " is immutable" : " may be changed by anyone who reaches it")));
            }
        };
    }

    /** {@code private static final E[] ALL = values();} in enum E: a private cache nobody writes to. */
    private static boolean isValuesCache(JavaField f) {
        JavaClass owner = f.getOwner();
        return owner.isEnum() && f.getModifiers().contains(JavaModifier.PRIVATE) && f.getRawType().isArray()
                && f.getRawType().getComponentType().equals(owner);
    }

    private static boolean isImmutable(JavaClass type, int depth) {
        if (type.isPrimitive() || type.isEnum() || IMMUTABLE_JDK.contains(type.getName())) return true;
        if (type.isArray() || depth > 3) return false;
        if (!type.getPackageName().startsWith("org.sahelsim")) return false;
        if (type.isInterface()) return false;
        // One of ours: every instance field final and itself immutable (records qualify when their components do).
        for (JavaField f : type.getAllFields()) {
            if (f.getModifiers().contains(JavaModifier.STATIC) || f.getOwner().getName().equals("java.lang.Object")) continue;
            if (f.getOwner().getName().startsWith("java.lang.Record") || f.getOwner().getName().equals("java.lang.Enum")) continue;
            if (!f.getModifiers().contains(JavaModifier.FINAL)) return false;
            if (!isImmutable(f.getRawType(), depth + 1)
                    && !(COLLECTIONS.contains(f.getRawType().getName()) && buildsOnlyImmutableCollections(type))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the class's static initializer builds no mutable collection (List.of and the like are fine). */
    private static boolean buildsOnlyImmutableCollections(JavaClass owner) {
        return owner.getStaticInitializer().map(init -> init.getConstructorCallsFromSelf().stream()
                .map(c -> c.getTargetOwner().getName()).noneMatch(MUTABLE_COLLECTIONS::contains)).orElse(true);
    }

    /** The compiler's own fields (an enum switch's {@code $SwitchMap$} lookup tables) are not ours to judge. */
    private static DescribedPredicate<JavaField> notSynthetic() {
        return DescribedPredicate.describe("not synthetic", f -> !f.getModifiers().contains(JavaModifier.SYNTHETIC));
    }
}
