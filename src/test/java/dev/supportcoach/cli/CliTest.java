package dev.supportcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line over fixture cases. The one place where exact output is compared: golden
 * files under src/test/resources/golden (regenerate with -Dgolden.update=true after a deliberate
 * change, and review the diff).
 */
class CliTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        return runWithStdin(null, args);
    }

    /** Runs the command line in this JVM with {@code stdin} (UTF-8) as standard input when not {@code null}. */
    static synchronized Run runWithStdin(String stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        java.io.InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            if (stdin != null) {
                System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            int exit = Main.run(args);
            System.out.flush();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    static void golden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file + " differs");
    }

    @Test
    void adviseText_onTheBundledExamples() throws IOException {
        Run r = run("advise", "examples/vpn-blocked-en.json", "examples/printer-ru.json");
        assertEquals(0, r.exit(), r.err());
        golden("examples.txt", r.out());
    }

    @Test
    void adviseJson_onTheBundledExamples() throws IOException {
        Run r = run("advise", "--format", "json", "examples/vpn-blocked-en.json", "examples/printer-ru.json");
        assertEquals(0, r.exit(), r.err());
        golden("examples.jsonl", r.out());
        for (String line : r.out().strip().split("\n")) {
            JsonNode n = MAPPER.readTree(line);
            assertTrue(n.has("ticketId") && n.has("recommendations") && n.has("draftFindings") && n.has("customerState"));
        }
    }

    @Test
    void adviseJson_batchKeepsOrderAndReportsBadCasesInPlace() throws IOException {
        Run r = run("advise", "--format", "json", "src/test/resources/cli/batch.jsonl", "src/test/resources/cli/malformed.json",
                "examples/printer-ru.json");
        assertEquals(1, r.exit(), "a failed case makes the exit code 1");
        List<String> lines = List.of(r.out().strip().split("\n"));
        assertEquals(6, lines.size(), r.out());
        assertEquals("B-1", MAPPER.readTree(lines.get(0)).path("ticketId").asText());
        JsonNode bad = MAPPER.readTree(lines.get(1));
        assertEquals("src/test/resources/cli/batch.jsonl:2", bad.path("source").asText());
        assertTrue(bad.path("error").asText().contains("$.conversation"), bad.toString());
        JsonNode notJson = MAPPER.readTree(lines.get(2));
        assertTrue(notJson.path("error").asText().contains("line 1, column"), notJson.toString());
        JsonNode b3 = MAPPER.readTree(lines.get(3));
        assertEquals("B-3", b3.path("ticketId").asText());
        assertTrue(b3.path("warnings").get(0).asText().contains("priority"), b3.toString());
        assertTrue(MAPPER.readTree(lines.get(4)).path("error").asText().contains("malformed JSON"));
        assertEquals("T-2077", MAPPER.readTree(lines.get(5)).path("ticketId").asText());
    }

    @Test
    void adviseJson_singleThreadGivesTheSameOutput() {
        Run parallel = run("advise", "--format", "json", "src/test/resources/cli/batch.jsonl", "examples/vpn-blocked-en.json");
        Run serial = run("advise", "--format", "json", "--threads", "1", "src/test/resources/cli/batch.jsonl", "examples/vpn-blocked-en.json");
        assertEquals(serial.out(), parallel.out());
    }

    @Test
    void validate_bundledRulesPass() {
        Run r = run("validate", "rules");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().startsWith("ok:"), r.out());
    }

    @Test
    void validate_brokenCopyPointsAtFileAndLine(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        dev.supportcoach.TestFilesAccess.copyTree(Path.of("rules"), rules);
        Path drl = rules.resolve("07-praise.drl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(drl));
        int at = lines.indexOf("rule \"NO_SCOLDING\"");
        lines.set(at + 4, "    $h : Hit(who == Who.DRAFT, list == \"scoldin\")");
        Files.write(drl, lines);
        Run r = run("validate", rules.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains(rules.resolve("07-praise.drl") + ":" + (at + 5) + ":"), r.out());
    }

    @Test
    void test_runsTheExamplesOfOneRule() {
        Run r = run("test", "rules", "--rule", "NO_REFUSAL");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("PASS"), r.out());
        assertTrue(r.out().strip().endsWith("0 failed"), r.out());
    }

    @Test
    void explain_listsFiringsInOrder() {
        Run r = run("explain", "examples/vpn-blocked-en.json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("STATE_BLOCKED") && r.out().contains("when Hit(blocked"), r.out());
        assertTrue(r.out().contains("then Rec(ACKNOWLEDGE_BLOCKED_WORK"), r.out());
    }
}
