package dev.supportcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line goes to standard error when that is a terminal and the output is not; it
 * never reaches standard output. Real terminals come from util-linux {@code script}, which runs
 * the command line on a pseudo-terminal; the redirections choose which stream stays on it.
 */
class ProgressTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/examples.jsonl");
    private static final String ADVISE = "exec \"$SC_JAVA\" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp \"$SC_CP\" "
            + Main.class.getName() + " advise --format json examples/vpn-blocked-en.json examples/printer-ru.json";

    /** What the terminal showed, and the command's exit code. */
    record Tty(int exit, String screen) {
    }

    /** Runs {@code shell} (sh syntax) with its standard streams on a fresh pseudo-terminal. */
    private static Tty onTerminal(String shell, Path dir) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is needed for a pseudo-terminal");
        Path screen = dir.resolve("screen.txt");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-q", "-e", "-c", shell, "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(screen.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("SC_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("SC_CP", ClassPathLauncherTest.classPath());
        env.put("SC_DIR", dir.toString());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + shell);
        }
        return new Tty(p.exitValue(), Files.readString(screen, StandardCharsets.UTF_8));
    }

    @Test
    void stderrOnATerminal_outputToAFile_showsProgress_andTheOutputIsExactlyTheGolden(@TempDir Path dir) throws Exception {
        Tty t = onTerminal(ADVISE + " > \"$SC_DIR/out.jsonl\"", dir);
        assertThat(t.exit()).as(t.screen()).isZero();
        assertThat(t.screen()).contains("2 cases, ");
        assertThat(Files.readString(dir.resolve("out.jsonl"), StandardCharsets.UTF_8)).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void stdoutOnATerminal_stderrToAFile_noProgress(@TempDir Path dir) throws Exception {
        Tty t = onTerminal(ADVISE + " 2> \"$SC_DIR/err.txt\"", dir);
        assertThat(t.exit()).as(t.screen()).isZero();
        assertThat(t.screen()).contains("\"ticketId\":\"T-1042\"").doesNotContain("cases/s");
        assertThat(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void bothOnTheSameTerminal_noProgressAmongTheOutput(@TempDir Path dir) throws Exception {
        Tty t = onTerminal(ADVISE, dir);
        assertThat(t.exit()).as(t.screen()).isZero();
        assertThat(t.screen()).contains("\"ticketId\":\"T-1042\"").doesNotContain("cases/s");
    }

    @Test
    void theLaunchersWord_decides_whenGiven() {
        for (var c : List.of(Map.entry("stderr", true), Map.entry("stdout,stderr", false), Map.entry("stdout", false), Map.entry("", false))) {
            String old = System.getProperty(Terminal.PROPERTY);
            System.setProperty(Terminal.PROPERTY, c.getKey());
            try {
                CliTest.Run r = CliTest.run("advise", "--format", "json", "examples/vpn-blocked-en.json");
                assertThat(r.exit()).isZero();
                assertThat(r.err().contains("1 case, ")).as("terminal=" + c.getKey() + ": " + r.err()).isEqualTo(c.getValue());
                assertThat(r.out()).doesNotContain("cases/s");
            } finally {
                if (old == null) {
                    System.clearProperty(Terminal.PROPERTY);
                } else {
                    System.setProperty(Terminal.PROPERTY, old);
                }
            }
        }
    }

    @Test
    void progressOption_overridesTheTerminalCheck() {
        assertThat(CliTest.run("advise", "--progress", "--format", "json", "examples/vpn-blocked-en.json").err()).contains("1 case, ");
        assertThat(CliTest.run("advise", "--no-progress", "--format", "json", "examples/vpn-blocked-en.json").err()).doesNotContain("cases/s");
    }
}
