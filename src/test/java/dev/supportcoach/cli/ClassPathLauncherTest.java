package dev.supportcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite runs inside the module; the launcher puts the jar on the class path, where the
 * module descriptor is ignored. These run the command line in a JVM of its own on the class
 * path, as the launcher does, so Drools' runtime compilation is checked there too.
 */
class ClassPathLauncherTest {
    record Run(int exit, String out, String err) {
    }

    /** The library's classes first, then every jar the test JVM has. */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(Path.of("target/classes").toAbsolutePath().toString());
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            for (String e : System.getProperty(property, "").split(File.pathSeparator)) {
                if (e.endsWith(".jar")) {
                    entries.add(e);
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        return javaWith(classPath(), args);
    }

    private static Run javaWith(String classPath, String... args) throws IOException, InterruptedException {
        return javaWith(classPath, java.util.Map.of(), args);
    }

    private static Run javaWith(String classPath, java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classPath, Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("support-coach-out", ".txt");
        Path err = Files.createTempFile("support-coach-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void advise_onTheClassPath_printsTheGoldenOutput() throws Exception {
        Run r = java("advise", "--format", "json", "examples/vpn-blocked-en.json", "examples/printer-ru.json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/examples.jsonl"), StandardCharsets.UTF_8));
    }

    @Test
    void validate_onTheClassPath_compilesAndRunsEveryRuleOfTheBundledRules() throws Exception {
        Run r = java("validate");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("ok: ");
    }

    /** A host application with a {@code rules/} folder of its own, first on the class path. */
    private static String hostFirst(Path host) throws IOException {
        Path rules = host.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("README.md"), "The host application's own rules, nothing to do with support-coach.\n");
        Files.writeString(rules.resolve("discount.drl"), "package host.rules\nrule \"HOST_DISCOUNT\" when then end\n");
        return host + File.pathSeparator + classPath();
    }

    @Test
    void bundledRules_areFound_whenTheHostHasItsOwnRulesFolder(@TempDir Path host) throws Exception {
        String cp = hostFirst(host);
        Run test = javaWith(cp, "test", "--rule", "NO_REFUSAL");
        assertThat(test.exit()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("PASS ").doesNotContain("discount.drl", "missing folder");
        Run advise = javaWith(cp, "advise", "--format", "json", "examples/vpn-blocked-en.json", "examples/printer-ru.json");
        assertThat(advise.exit()).as(advise.err()).isZero();
        assertThat(advise.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/examples.jsonl"), StandardCharsets.UTF_8));
    }

    @Test
    void everyCommand_writesUtf8_evenInThePosixLocale() throws Exception {
        // a container or `env -i` has no locale: Java's platform encoding is then ASCII
        var posix = java.util.Map.of("LANG", "C", "LC_ALL", "C");
        Run explain = javaWith(classPath(), posix, "explain", "examples/printer-ru.json");
        assertThat(explain.exit()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("Hit(blocked, CUSTOMER #0, \"не можем работать\")", "Можно сказать: «").doesNotContain("???");
        Run validate = javaWith(classPath(), posix, "validate", "--help");
        assertThat(validate.out()).startsWith("Usage: support-coach validate");
    }
}
