package dev.supportcoach.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.supportcoach.CustomerState;
import dev.supportcoach.DisplayNames;
import dev.supportcoach.Principle;
import dev.supportcoach.SupportCase;
import dev.supportcoach.TestFilesAccess;
import dev.supportcoach.json.CaseJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SupportCoach#displayNames}: the names of principles and states come from the labels
 * block of the catalogs in force, as the text report's do, with the code where a name is missing.
 */
class DisplayNamesTest {
    private static SupportCoach bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        bundled = SupportCoach.builder().build();
    }

    @Test
    void english_namesEveryPrincipleAndState_inDeclarationOrder() {
        DisplayNames en = bundled.displayNames("en");
        assertThat(en.language()).isEqualTo("en");
        assertThat(en.principles().keySet()).containsExactly(Principle.values());
        assertThat(en.states().keySet()).containsExactly(CustomerState.values());
        assertThat(en.principles()).containsEntry(Principle.SAYING_NO, "Saying no");
        assertThat(en.states()).containsEntry(CustomerState.BLOCKED, "blocked")
                .containsEntry(CustomerState.LET_DOWN, "let down by support");
        // the bundled catalog names everything: no code shows
        en.states().forEach((s, name) -> assertThat(name).as(s.name()).isNotEqualTo(s.name()));
        en.principles().forEach((p, name) -> assertThat(name).as(p.name()).isNotEqualTo(p.name()));
    }

    @Test
    void russian_namesAreTheRussianCatalogs_andTheReportUsesTheSame() throws IOException {
        DisplayNames ru = bundled.displayNames("ru");
        assertThat(ru.states()).containsEntry(CustomerState.BLOCKED, "работа стоит")
                .containsEntry(CustomerState.STEP_FAILED, "шаг не помог");
        assertThat(ru.principles()).containsEntry(Principle.EMPATHY, "Сопереживание");
        SupportCase printer = CaseJson.read(Files.readString(Path.of("examples/printer-ru.json"))).supportCase();
        var advice = bundled.advise(printer);
        String customerLine = bundled.report(printer, advice).lines().filter(l -> l.startsWith("Клиент: ")).findFirst().orElseThrow();
        assertThat(customerLine).isEqualTo("Клиент: " + String.join(", ", advice.customerState().stream().map(ru.states()::get).toList()));
    }

    @Test
    void unknownLanguage_namesItAndTheAvailableOnes() {
        assertThatThrownBy(() -> bundled.displayNames("de"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the rules provide no language 'de' (they provide en, ru)");
        assertThatThrownBy(() -> bundled.displayNames("RU")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'RU'");
        assertThatThrownBy(() -> bundled.displayNames(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aRenamedState_andAMissingOne_followTheCatalog_alsoAfterReload() throws IOException {
        Path rules = TestFilesAccess.copyRules(dir);
        Path en = rules.resolve("phrasing/en.txt");
        Path ru = rules.resolve("phrasing/ru.txt");
        SupportCoach coach = SupportCoach.builder().rulesDirectory(rules).build();
        assertThat(coach.displayNames("en").states()).containsEntry(CustomerState.CONFUSED, "confused");

        // rename a state in English; drop a principle's name from both catalogs (the languages must agree)
        Files.write(en, Files.readAllLines(en, StandardCharsets.UTF_8).stream()
                .map(l -> l.startsWith("state.CONFUSED ") ? "state.CONFUSED = lost in the steps" : l)
                .filter(l -> !l.startsWith("principle.PRAISE ")).toList(), StandardCharsets.UTF_8);
        Files.write(ru, Files.readAllLines(ru, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("principle.PRAISE ")).toList(), StandardCharsets.UTF_8);
        assertThat(coach.displayNames("en").states()).as("before reload, the rules in force").containsEntry(CustomerState.CONFUSED, "confused");
        coach.reload();
        DisplayNames renamed = coach.displayNames("en");
        assertThat(renamed.states()).containsEntry(CustomerState.CONFUSED, "lost in the steps");
        assertThat(renamed.principles()).as("a name the catalog lacks is the code").containsEntry(Principle.PRAISE, "PRAISE");
        assertThat(coach.displayNames("ru").states()).as("the other catalog keeps its name").containsEntry(CustomerState.CONFUSED, "непонимание");
        assertThat(coach.displayNames("ru").principles()).containsEntry(Principle.PRAISE, "PRAISE");
    }

    @Test
    void theRecord_completesAndFreezesItsMaps() {
        DisplayNames n = new DisplayNames("xx", Map.of(Principle.PATIENCE, "Geduld"), Map.of(CustomerState.URGENT, " "));
        assertThat(n.principles()).hasSize(Principle.values().length).containsEntry(Principle.PATIENCE, "Geduld")
                .containsEntry(Principle.EMPATHY, "EMPATHY");
        assertThat(n.states()).containsEntry(CustomerState.URGENT, "URGENT");
        assertThatThrownBy(() -> n.states().put(CustomerState.URGENT, "x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
