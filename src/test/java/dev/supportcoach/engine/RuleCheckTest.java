package dev.supportcoach.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportcoach.ExampleResult;
import dev.supportcoach.RuleProblem;
import dev.supportcoach.RulesException;
import dev.supportcoach.TestFilesAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public rule-checking API the CLI's validate and test commands are built on. */
class RuleCheckTest {
    @TempDir
    Path dir;

    private Path copy() throws IOException {
        return TestFilesAccess.copyRules(dir);
    }

    @Test
    void test_runsOnlyTheSelectedExamples_andTheyPass() {
        RuleCheck.Report r = RuleCheck.of(Path.of("rules")).test(e -> e.names("NO_REFUSAL"));
        assertThat(r.results()).isNotEmpty().allSatisfy(x -> {
            assertThat(x.example().names("NO_REFUSAL")).isTrue();
            assertThat(x.passed()).as(x.example().location() + " " + x.failures()).isTrue();
        });
        assertThat(r.results()).extracting(x -> x.language()).contains("en", "ru");
        assertThat(r.rules()).extracting(x -> x.id()).contains("NO_REFUSAL", "ACKNOWLEDGE_BLOCKED_WORK");
        assertThat(r.passed()).isTrue();
        assertThat(r.failed()).isZero();
    }

    @Test
    void test_reportsAnExampleThatFails_withWhatFiredInstead() throws IOException {
        Path rules = copy();
        Path file = rules.resolve("examples/09-ownership.json");
        // the first example that expects NO_REFUSAL now expects a rule that does not fire on it
        ObjectMapper mapper = new ObjectMapper();
        JsonNode tree = mapper.readTree(file.toFile());
        JsonNode first = null;
        for (JsonNode e : tree.get("examples")) {
            if (first == null && e.path("fires").toString().contains("\"NO_REFUSAL\"")) {
                first = e;
            }
        }
        ((ObjectNode) first).putArray("fires").add("NO_SLANG");
        mapper.writeValue(file.toFile(), tree);
        RuleCheck.Report r = RuleCheck.of(rules).test(e -> e.fires().contains("NO_SLANG") && e.file().equals("examples/09-ownership.json"));
        assertThat(r.passed()).isFalse();
        assertThat(r.failed()).isEqualTo(1);
        ExampleResult failed = r.results().stream().filter(x -> !x.passed()).findFirst().orElseThrow();
        assertThat(failed.failures()).singleElement().asString().startsWith("expected NO_SLANG to fire; fired: ");
        assertThat(failed.fired()).contains("NO_REFUSAL");
        assertThat(failed.example().location()).startsWith("examples/09-ownership.json:");
    }

    @Test
    void test_unreadableExample_isAProblemWithItsFile() throws IOException {
        Path rules = copy();
        Files.writeString(rules.resolve("examples/zz-broken.json"), "{\"examples\": [ {\"name\": \"x\", \"fires\": [\"NO_REFUSAL\"]");
        RuleCheck.Report r = RuleCheck.of(rules).test(e -> true);
        assertThat(r.problems()).extracting(RuleProblem::file).containsExactly("examples/zz-broken.json");
        assertThat(r.passed()).isFalse();
    }

    @Test
    void test_rulesThatDoNotLoad_throwWithEveryProblem() throws IOException {
        Path rules = copy();
        Files.writeString(rules.resolve("02-empathy.drl"), "rule \"BROKEN\" when then end end\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> RuleCheck.of(rules).test(e -> true))
                .isInstanceOfSatisfying(RulesException.class,
                        e -> assertThat(e.problems()).extracting(RuleProblem::file).contains("02-empathy.drl"));
    }

    @Test
    void validate_bundledRules_haveNoProblem_andAreFoundInsideTheLibrary() {
        RuleCheck bundled = RuleCheck.bundled();
        assertThat(bundled.directory().resolve("README.md")).exists();
        assertThat(bundled.validate()).isEmpty();
    }

    @Test
    void validate_missingExamplesOfARule_isAProblemAtTheRule() throws IOException {
        Path rules = copy();
        Path file = rules.resolve("examples/07-praise.json");
        Files.writeString(file, Files.readString(file).replace("\"NO_SCOLDING\"", "\"THANK_USEFUL_ACTION\""));
        assertThat(RuleCheck.of(rules).validate())
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("07-praise.drl");
                    assertThat(p.message()).contains("NO_SCOLDING lacks examples");
                });
    }
}
