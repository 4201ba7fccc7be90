package dev.supportcoach.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.supportcoach.Advice;
import dev.supportcoach.CustomerState;
import dev.supportcoach.DisplayNames;
import dev.supportcoach.Principle;
import dev.supportcoach.RuleProblem;
import dev.supportcoach.SupportCase;
import dev.supportcoach.TestFilesAccess;
import dev.supportcoach.cli.CliAccess;
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
 * Adding a language is adding {@code lexicon/<lang>/}, {@code phrasing/<lang>.txt} and examples:
 * a tiny rules directory with German beside English and Russian (src/test/resources/third-language)
 * validates, advises in German and reports in German, from the Java API and the command line.
 */
class ThirdLanguageTest {
    @TempDir
    static Path dir;
    private static Path rules;

    private static final String GERMAN = "{\"ticket\": {\"id\": \"DE-7\", \"subject\": \"Drucker\"%s}, \"conversation\": [{\"author\": \"customer\","
            + " \"text\": \"Ich kann nicht arbeiten, der Drucker druckt seit heute früh nichts.\"}], \"draft\": \"Tut mir leid, kann ich Ihnen nicht helfen.\"}";

    @BeforeAll
    static void copy() throws IOException {
        rules = TestFilesAccess.thirdLanguageRules(dir);
    }

    private static String germanJson(String ticketLanguage) {
        return GERMAN.formatted(ticketLanguage == null ? "" : ", \"language\": \"" + ticketLanguage + "\"");
    }

    private static SupportCase german(String ticketLanguage) {
        return CaseJson.read(germanJson(ticketLanguage)).supportCase();
    }

    @Test
    void validate_findsNothingButNamesOfStatesAddedSince() {
        // a customer state added to the library after this test's German block shows as a missing name: that is all
        List<RuleProblem> problems = RuleCheck.of(rules).validate();
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).matches("phrasing/(de|en|ru)\\.txt:0:0: no '(state|principle)\\.[A-Z_]+' in the labels block.*"));
        RuleCheck.Report r = RuleCheck.of(rules).test(e -> true);
        assertThat(r.passed()).as(r.results().toString()).isTrue();
        assertThat(r.results()).extracting(x -> x.language()).containsOnly("de", "en", "ru").contains("de");
    }

    @Test
    void theLanguagesAreTheRules() {
        assertThat(SupportCoach.builder().rulesDirectory(rules).build().languages()).containsExactly("de", "en", "ru");
        assertThat(SupportCoach.builder().build().languages()).containsExactly("en", "ru");
    }

    @Test
    void displayNames_ofTheThirdLanguage_areItsCatalogs_withCodesForWhatItLacks() {
        SupportCoach coach = SupportCoach.builder().rulesDirectory(rules).build();
        DisplayNames de = coach.displayNames("de");
        assertThat(de.principles()).containsEntry(Principle.EMPATHY, "Einfühlung");
        assertThat(de.states()).containsEntry(CustomerState.BLOCKED, "kann nicht arbeiten");
        // the German block predates LET_DOWN: its code stands in, as in the report
        assertThat(de.states()).containsEntry(CustomerState.LET_DOWN, "LET_DOWN");
        assertThatThrownBy(() -> coach.displayNames("fr")).hasMessage("the rules provide no language 'fr' (they provide de, en, ru)");
    }

    @Test
    void germanTicket_getsGermanAdvice() {
        SupportCoach coach = SupportCoach.builder().rulesDirectory(rules).build();
        Advice a = coach.advise(german("de-AT"));
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("ACKNOWLEDGE_BLOCKED_WORK");
            assertThat(r.reason()).isEqualTo("Geschrieben wurde „kann nicht arbeiten“ (Nachricht 1): Die Arbeit steht still.");
        });
        assertThat(a.draftFindings()).singleElement().satisfies(f -> {
            assertThat(f.suggestion()).isEqualTo("Sagen Sie, was Sie tun können.");
            assertThat(f.replacement()).containsIgnoringCase("ich sehe nach, was ich für Sie tun kann");
        });
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void detection_mapsTheScriptToTheRulesLanguages() {
        // Latin text, no ticket language: en and de share the script, and the default decides
        assertThat(SupportCoach.builder().rulesDirectory(rules).build().advise(german(null)).language()).isEqualTo("en");
        SupportCoach germanByDefault = SupportCoach.builder().rulesDirectory(rules).defaultLanguage("de").build();
        assertThat(germanByDefault.advise(german(null)).language()).isEqualTo("de");
        SupportCase cyrillic = SupportCase.builder("RU-1").customer("Не могу работать с утра").build();
        assertThat(germanByDefault.advise(cyrillic).language()).isEqualTo("ru");
        // a language the rules lack is a warning, naming the ones they have
        Advice fr = germanByDefault.advise(german("fr"));
        assertThat(fr.language()).isEqualTo("de");
        assertThat(fr.warnings()).containsExactly("ticket.language 'fr' is not supported (de, en, ru); detected from the text instead");
    }

    @Test
    void commandLine_advisesAndReportsInGerman() throws IOException {
        Path file = dir.resolve("case-de.json");
        Files.writeString(file, germanJson("de"), StandardCharsets.UTF_8);
        CliAccess.Run text = CliAccess.run("advise", "--rules", rules.toString(), file.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).isEqualTo("""
                Ticket DE-7: Drucker  [de]
                Kunde: kann nicht arbeiten

                Was zu tun ist
                  1. Zeigen Sie zuerst, dass Sie verstehen: Hier kann jemand nicht arbeiten, und das hat Vorrang.  (Einfühlung, ACKNOWLEDGE_BLOCKED_WORK)
                     Warum: Geschrieben wurde „kann nicht arbeiten“ (Nachricht 1): Die Arbeit steht still.
                     Vorschlag: „Ich verstehe, dass Sie gerade nicht arbeiten können; das hat für mich Vorrang.“

                Entwurf
                  - Eine Absage lässt die Person mit dem Problem allein.  (Verantwortung, NO_REFUSAL)
                     | Tut mir leid, kann ich Ihnen nicht helfen.
                     |               ^^^^^^^^^^^^^^^^^^^^^^^^^^^
                     Besser: „Sagen Sie, was Sie tun können.“
                     Ersetzen durch: „ich sehe nach, was ich für Sie tun kann“

                Der Entwurf mit diesen Ersetzungen
                  | Tut mir leid, ich sehe nach, was ich für Sie tun kann.

                """);
        CliAccess.Run json = CliAccess.run("advise", "--format", "json", "--rules", rules.toString(), file.toString());
        assertThat(json.out()).contains("\"language\":\"de\"", "\"action\":\"Zeigen Sie zuerst");
    }
}
