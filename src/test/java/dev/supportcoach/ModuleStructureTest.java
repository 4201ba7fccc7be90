package dev.supportcoach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.supportcoach.engine.SupportCoach;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package layout and the module descriptor, checked on the compiled classes: no package
 * cycles (as {@code jdeps} sees them), only the API exported, no hidden type in an exported
 * signature, and the command line built on the exported API alone.
 */
class ModuleStructureTest {
    private static final Path CLASSES = Path.of("target/classes");
    private static final Set<String> API = Set.of("dev.supportcoach", "dev.supportcoach.engine", "dev.supportcoach.json",
            "dev.supportcoach.facts", "dev.supportcoach.audit", "dev.supportcoach.adapters", "dev.supportcoach.service");
    private static final Pattern EDGE = Pattern.compile("^\\s+(dev\\.supportcoach[\\w.]*)\\s+->\\s+(dev\\.supportcoach[\\w.]*)\\s", Pattern.MULTILINE);

    /** Package → the packages of this library it depends on, from jdeps. */
    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void runJdeps(@TempDir Path tmp) throws IOException {
        // jdeps would resolve the descriptor's modules; the package graph needs only the classes
        Path copy = tmp.resolve("classes");
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class")).toList()) {
                Path to = copy.resolve(CLASSES.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("jdeps is missing: run the tests on a JDK"));
        StringWriter out = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-e", "dev\\.supportcoach.*", copy.toString());
        assertThat(exit).as(out.toString()).isZero();
        graph = new TreeMap<>();
        Matcher m = EDGE.matcher(out.toString());
        while (m.find()) {
            graph.computeIfAbsent(m.group(1), k -> new TreeSet<>());
            if (!m.group(1).equals(m.group(2))) {
                graph.get(m.group(1)).add(m.group(2));
            }
        }
    }

    @Test
    void jdeps_seesTheLayering() {
        // guards the checks below against an empty or misread graph
        assertThat(graph).containsKeys("dev.supportcoach.engine", "dev.supportcoach.facts", "dev.supportcoach.internal", "dev.supportcoach.cli");
        assertThat(graph.get("dev.supportcoach.engine")).contains("dev.supportcoach.internal");
        assertThat(graph.get("dev.supportcoach.facts")).contains("dev.supportcoach");
    }

    @Test
    void packages_formNoCycle() {
        assertThat(cycles(graph)).as("package cycles in " + graph).isEmpty();
    }

    @Test
    void modelPackage_dependsOnNoOtherPackageOfTheLibrary() {
        // the DRL and the facts import dev.supportcoach: it must not reach back into the engine
        assertThat(graph.getOrDefault("dev.supportcoach", Set.of())).isEmpty();
    }

    @Test
    void commandLine_usesTheExportedApiOnly() {
        assertThat(graph.get("dev.supportcoach.cli")).isSubsetOf(API);
    }

    @Test
    void descriptor_exportsOnlyTheApi_andOpensOnlyTheCliToPicocli() throws IOException {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("dev.supportcoach");
        assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet())).isEqualTo(API);
        assertThat(d.opens()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo("dev.supportcoach.cli");
            assertThat(o.targets()).containsExactly("info.picocli");
        });
    }

    @Test
    void exportedSignatures_nameNoHiddenType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (String name : classNames()) {
            Class<?> c = Class.forName(name, false, getClass().getClassLoader());
            if (!API.contains(c.getPackageName()) || !isVisible(c)) {
                continue;
            }
            List<String> signatures = new ArrayList<>();
            if (c.getGenericSuperclass() != null) {
                signatures.add(c.getGenericSuperclass().getTypeName());
            }
            Stream.of(c.getGenericInterfaces()).forEach(t -> signatures.add(t.getTypeName()));
            for (Method m : c.getDeclaredMethods()) {
                if (isVisible(m.getModifiers()) && !m.isSynthetic()) {
                    signatures.add(m.toGenericString());
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (isVisible(k.getModifiers())) {
                    signatures.add(k.toGenericString());
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (isVisible(f.getModifiers())) {
                    signatures.add(f.toGenericString());
                }
            }
            for (String s : signatures) {
                Matcher m = Pattern.compile("dev\\.supportcoach(\\.[a-z]\\w*)*(?=\\.[A-Z])").matcher(s);
                while (m.find()) {
                    if (!API.contains(m.group())) {
                        leaks.add(name + ": " + s);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void testsRunOnTheModulePath() {
        // surefire runs the suite inside the module, so Drools is exercised on the module path;
        // ClassPathLauncherTest covers the class path the launcher uses
        Module m = SupportCoach.class.getModule();
        assertThat(m.isNamed()).as("SupportCoach is in " + m).isTrue();
        assertThat(m.getName()).isEqualTo("dev.supportcoach");
        assertThat(m.isExported("dev.supportcoach.internal")).isFalse();
        assertThat(m.isExported("dev.supportcoach.facts")).isTrue();
    }

    private static boolean isVisible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!isVisible(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    private static List<String> classNames() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.map(p -> CLASSES.relativize(p).toString())
                    .filter(p -> p.endsWith(".class") && !p.endsWith("module-info.class") && !p.endsWith("package-info.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
    }

    /** The strongly connected components with more than one package (Tarjan). */
    static List<Set<String>> cycles(Map<String, Set<String>> g) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : g.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, g, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> g, Map<String, Integer> index, Map<String, Integer> low,
                                Deque<String> stack, Set<String> onStack, List<Set<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : g.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, g, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }

    @Test
    void cycleFinder_findsACycle() {
        // the check above could not fail if this did not
        Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertThat(cycles(g)).containsExactly(Set.of("a", "b", "c"));
    }
}
