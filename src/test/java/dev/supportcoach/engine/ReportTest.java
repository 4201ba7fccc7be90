package dev.supportcoach.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.supportcoach.Advice;
import dev.supportcoach.CustomerState;
import dev.supportcoach.Principle;
import dev.supportcoach.RuleProblem;
import dev.supportcoach.RulesException;
import dev.supportcoach.SupportCase;
import dev.supportcoach.TestFilesAccess;
import dev.supportcoach.json.CaseJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text report speaks the advice's language: labels, principle and state names come from
 * the labels block of the phrasing catalogs, which {@code validate} keeps complete.
 */
class ReportTest {
    private static SupportCoach coach;
    private static SupportCase printer;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        coach = SupportCoach.builder().rulesDirectory(Path.of("rules")).build();
        printer = CaseJson.read(Files.readString(Path.of("examples/printer-ru.json"))).supportCase();
    }

    @Test
    void russianReport_hasNoEnglishLabelNorCode() {
        Advice a = coach.advise(printer);
        assertThat(a.language()).isEqualTo("ru");
        assertThat(a.customerState()).isNotEmpty();
        assertThat(a.draftFindings()).isNotEmpty();
        String report = coach.report(printer, a);
        assertThat(report).contains("Заявка T-2077", "Клиент: ", "Что сделать", "Почему: ", "Можно сказать: «", "Черновик", "Лучше: ");
        assertThat(report).doesNotContain("Ticket", "Customer:", "Actions", "Why:", "Say:", "Draft", "Better:", "Warning:", "“");
        for (Principle p : Principle.values()) {
            assertThat(report).as("principle code " + p).doesNotContain("(" + p.name() + ",");
        }
        for (CustomerState s : CustomerState.values()) {
            assertThat(report).as("state code " + s).doesNotContain(s.name() + ",").doesNotContainPattern("Клиент: .*\\b" + s.name() + "\\b");
        }
    }

    @Test
    void labels_comeFromTheCatalog() throws IOException {
        Path rules = TestFilesAccess.copyRules(dir);
        replace(rules.resolve("phrasing/en.txt"), "label.say = Say:", "label.say = Tell them:");
        replace(rules.resolve("phrasing/en.txt"), "principle.EMPATHY = Empathy", "principle.EMPATHY = Put yourself in their shoes");
        SupportCoach c = SupportCoach.builder().rulesDirectory(rules).build();
        SupportCase vpn = CaseJson.read(Files.readString(Path.of("examples/vpn-blocked-en.json"))).supportCase();
        String report = c.report(vpn, c.advise(vpn));
        assertThat(report).contains("Tell them: “", "(Put yourself in their shoes, ACKNOWLEDGE_BLOCKED_WORK)").doesNotContain("Say:");
    }

    @Test
    void aMissingStateName_isAProblemForValidate_andTheReportShowsTheCode() throws IOException {
        Path rules = TestFilesAccess.copyRules(dir);
        for (String lang : List.of("en", "ru")) {
            Path f = rules.resolve("phrasing/" + lang + ".txt");
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            lines.removeIf(l -> l.startsWith("state.BLOCKED ") || l.startsWith("principle.EMPATHY "));
            Files.write(f, lines, StandardCharsets.UTF_8);
        }
        List<RuleProblem> problems = RuleCheck.of(rules).validate();
        assertThat(problems).extracting(RuleProblem::toString).contains(
                "phrasing/en.txt:0:0: no 'state.BLOCKED' in the labels block (reports show the code instead)",
                "phrasing/ru.txt:0:0: no 'state.BLOCKED' in the labels block (reports show the code instead)",
                "phrasing/ru.txt:0:0: no 'principle.EMPATHY' in the labels block (reports show the code instead)");
        // the engine still loads, and the report falls back to the code
        SupportCoach c = SupportCoach.builder().rulesDirectory(rules).build();
        String report = c.report(printer, c.advise(printer));
        assertThat(report).contains("Клиент: BLOCKED, срочно", "(EMPATHY, ACKNOWLEDGE_BLOCKED_WORK)");
    }

    @Test
    void aLabelKeyJavaDoesNotKnow_failsLikeAnUnusedKey() throws IOException {
        Path rules = TestFilesAccess.copyRules(dir);
        for (String lang : List.of("en", "ru")) {
            Files.writeString(rules.resolve("phrasing/" + lang + ".txt"), "state.SLEEPY = x\nlabel.sya = y\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        assertThatThrownBy(() -> SupportCoach.builder().rulesDirectory(rules).build())
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("'state.SLEEPY' names no customer state")
                .hasMessageContaining("'label.sya' is not a report label");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
    }
}
