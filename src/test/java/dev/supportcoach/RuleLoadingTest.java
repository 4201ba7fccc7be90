package dev.supportcoach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supportcoach.engine.RuleCheck;
import dev.supportcoach.engine.SupportCoach;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken rules fail the build of the engine with every problem located; nothing is half-loaded. */
class RuleLoadingTest {
    @TempDir
    Path dir;

    private Path copy() throws IOException {
        return TestFilesAccess.copyRules(dir);
    }

    private static RulesException buildFails(Path rules) {
        return assertThrows(RulesException.class, () -> SupportCoach.builder().rulesDirectory(rules).build());
    }

    private static RuleProblem only(RulesException e, String file) {
        List<RuleProblem> in = e.problems().stream().filter(p -> p.file().equals(file)).toList();
        assertTrue(!in.isEmpty(), "no problem reported in " + file + ": " + e.problems());
        return in.get(0);
    }

    @Test
    void bundledRules_loadWithoutProblems() {
        SupportCoach coach = SupportCoach.builder().rulesDirectory(Path.of("rules")).build();
        assertTrue(coach.rules().size() >= 20, "rules: " + coach.rules().size());
    }

    @Test
    void syntaxError_isReportedWithFileAndLine() throws IOException {
        Path rules = copy();
        Path drl = rules.resolve("02-empathy.drl");
        List<String> lines = Files.readAllLines(drl, StandardCharsets.UTF_8);
        int at = lines.indexOf("rule \"RESTORE_WORK_FIRST\"");
        lines.set(at + 4, "    Assessment(state == ");  // the 'when' clause breaks off
        Files.write(drl, lines, StandardCharsets.UTF_8);
        RuleProblem p = only(buildFails(rules), "02-empathy.drl");
        assertTrue(p.line() >= at + 4 && p.line() <= at + 8, "line " + p.line() + " for a break at " + (at + 5));
    }

    @Test
    void syntaxErrorsInTwoFiles_areBothReported() throws IOException {
        Path rules = copy();
        Files.writeString(rules.resolve("02-empathy.drl"), "rule \"BROKEN\" when then end end\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(rules.resolve("09-ownership.drl"), "rule \"ALSO_BROKEN\" when ( then end\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        RulesException e = buildFails(rules);
        only(e, "02-empathy.drl");
        only(e, "09-ownership.drl");
    }

    @Test
    void unknownField_isACompileErrorInItsFile() throws IOException {
        Path rules = copy();
        Path drl = rules.resolve("09-ownership.drl");
        Files.writeString(drl, Files.readString(drl).replace("Hit(who == Who.DRAFT, list == \"refusal\")",
                "Hit(who == Who.DRAFT, lisst == \"refusal\")"));
        RuleProblem p = only(buildFails(rules), "09-ownership.drl");
        assertTrue(p.line() > 0, p.toString());
    }

    @Test
    void unknownWordList_isReportedAtItsLine() throws IOException {
        Path rules = copy();
        Path drl = rules.resolve("09-ownership.drl");
        String text = Files.readString(drl).replace("$h : Hit(who == Who.DRAFT, list == \"refusal\")\n", "$h : Hit(who == Who.DRAFT, list == \"refusals\")\n");
        Files.writeString(drl, text);
        RuleProblem p = only(buildFails(rules), "09-ownership.drl");
        assertTrue(p.message().contains("unknown word list \"refusals\""), p.toString());
        assertEquals(text.substring(0, text.indexOf("\"refusals\"")).split("\n", -1).length, p.line());
    }

    @Test
    void unknownWordList_inAListThatRunsOverLines_isReportedAtItsLine() throws IOException {
        Path rules = copy();
        Path drl = rules.resolve("09-ownership.drl");
        String text = Files.readString(drl).replace("$h : Hit(who == Who.DRAFT, list == \"refusal\")\n",
                "$h : Hit(who == Who.DRAFT, list in (\"refusal\",\n        \"refusals\"))\n");
        Files.writeString(drl, text);
        RuleProblem p = only(buildFails(rules), "09-ownership.drl");
        assertTrue(p.message().contains("unknown word list \"refusals\""), p.toString());
        assertEquals(text.substring(0, text.indexOf("\"refusals\"")).split("\n", -1).length, p.line());
    }

    @Test
    void placeholderMisspeltInEveryLanguage_isReportedAtItsLine() throws IOException {
        Path rules = copy();
        for (String lang : List.of("en", "ru")) {
            Path f = rules.resolve("phrasing/" + lang + ".txt");
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int at = text.indexOf("OWN_THE_LETDOWN.reason = ");
            int eol = text.indexOf('\n', at);
            Files.writeString(f, text.substring(0, eol) + " {quoet}" + text.substring(eol), StandardCharsets.UTF_8);
        }
        RuleProblem p = only(buildFails(rules), "phrasing/en.txt");
        assertTrue(p.message().contains("{quoet}") && p.message().contains("OWN_THE_LETDOWN"), p.toString());
        assertTrue(p.line() > 0, p.toString());
    }

    @Test
    void rewriteOnAnEntryWithUnnamedWords_isReported() throws IOException {
        Path rules = copy();
        Path f = rules.resolve("lexicon/en/refusal.txt");
        Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8) + "~ we never @service_verb => we can look at it\n",
                StandardCharsets.UTF_8);
        RuleProblem p = only(buildFails(rules), "lexicon/en/refusal.txt");
        assertTrue(p.message().contains("a rewrite (=>) needs an entry whose words are all named"), p.toString());
    }

    @Test
    void missingPhrasing_isReportedForTheRule() throws IOException {
        Path rules = copy();
        Path ru = rules.resolve("phrasing/ru.txt");
        List<String> lines = Files.readAllLines(ru, StandardCharsets.UTF_8);
        lines.removeIf(l -> l.startsWith("NO_REFUSAL.problem"));
        Files.write(ru, lines, StandardCharsets.UTF_8);
        RulesException e = buildFails(rules);
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("NO_REFUSAL.problem")), e.getMessage());
    }

    @Test
    void placeholdersDifferingBetweenLanguages_areReported() throws IOException {
        Path rules = copy();
        Path ru = rules.resolve("phrasing/ru.txt");
        Files.writeString(ru, Files.readString(ru).replace("OWN_THE_PROBLEM.reason = ", "OWN_THE_PROBLEM.reason = {minutes} "));
        RuleProblem p = only(buildFails(rules), "phrasing/ru.txt");
        assertTrue(p.message().contains("placeholders"), p.toString());
    }

    @Test
    void duplicateRuleId_isReported() throws IOException {
        Path rules = copy();
        Path drl = rules.resolve("02-empathy.drl");
        Files.writeString(drl, Files.readString(drl).replace("rule \"RESTORE_WORK_FIRST\"", "rule \"ACKNOWLEDGE_BLOCKED_WORK\""));
        RulesException e = buildFails(rules);
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("used twice")), e.getMessage());
    }

    @Test
    void brokenWordList_isReportedWithLine() throws IOException {
        Path rules = copy();
        Path list = rules.resolve("lexicon/en/refusal.txt");
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        String first = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow();
        lines.add(first);
        Files.write(list, lines, StandardCharsets.UTF_8);
        RuleProblem p = only(buildFails(rules), "lexicon/en/refusal.txt");
        assertEquals(lines.size(), p.line());
    }

    @Test
    void wordListMissingInOneLanguage_isReportedByValidate() throws IOException {
        Path rules = copy();
        Files.delete(rules.resolve("lexicon/ru/thanks.txt"));
        Files.delete(rules.resolve("lexicon/ru/thanks.examples.txt"));
        assertThat(RuleCheck.of(rules).validate()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("lexicon/ru/thanks.txt");
            assertThat(p.message()).contains("missing");
        });
    }

    @Test
    void wordListExampleThatFails_isReportedAtItsLine() throws IOException {
        Path rules = copy();
        Path ex = rules.resolve("lexicon/en/refusal.examples.txt");
        List<String> lines = Files.readAllLines(ex, StandardCharsets.UTF_8);
        lines.add("- Sorry, I can't help you with that today.");
        Files.write(ex, lines, StandardCharsets.UTF_8);
        assertThat(RuleCheck.of(rules).validate())
                .anySatisfy(p -> assertThat(p).extracting(RuleProblem::file, RuleProblem::line)
                        .containsExactly("lexicon/en/refusal.examples.txt", lines.size()));
    }

    @Test
    void unknownRuleInConfiguration_failsTheBuild() {
        RulesException e = assertThrows(RulesException.class, () -> SupportCoach.builder().disable("NO_SUCH_RULE").build());
        assertTrue(e.getMessage().contains("NO_SUCH_RULE"), e.getMessage());
    }

    @Test
    void problem_printsAsFileLineColumnMessage() {
        assertEquals("a.drl:3:7: oops", new RuleProblem("a.drl", 3, 7, "oops").toString());
    }
}
