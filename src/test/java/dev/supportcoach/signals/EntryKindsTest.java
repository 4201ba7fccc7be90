package dev.supportcoach.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supportcoach.RuleProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entry kinds beyond plain phrases: word classes ({@code @list}), bags ({@code ~}), gaps
 * ({@code ..}), clause starts ({@code ^}), exact forms ({@code =word}), numbers ({@code <number>}),
 * and the negation and question scope of a hit.
 */
class EntryKindsTest {
    @TempDir
    Path root;

    private Lexicon lexicon(String... files) throws IOException {
        for (int i = 0; i < files.length; i += 2) {
            Path f = root.resolve("lexicon").resolve(files[i]);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "# support-coach word list v1: " + f.getFileName() + ": test\n" + files[i + 1] + "\n", StandardCharsets.UTF_8);
        }
        List<RuleProblem> problems = new ArrayList<>();
        Lexicon lex = Lexicon.load(root, problems);
        assertEquals(List.of(), problems);
        return lex;
    }

    private static List<String> found(Lexicon lex, String list, String text) {
        return lex.find(text).stream().filter(m -> m.list().equals(list)).map(m -> text.substring(m.start(), m.end())).toList();
    }

    private static List<String> keys(Lexicon lex, String list, String text) {
        return lex.find(text).stream().filter(m -> m.list().equals(list)).map(Match::key).toList();
    }

    @Test
    void group_givesItsEntriesOneKey_andEndsAtTheNextHeading() throws IOException {
        Lexicon lex = lexicon("en/step.txt", "[restart]\nreboot\nswitch it off and on\n[]\nclear cache\n[browser]\nanother browser");
        assertEquals(List.of("[restart]"), keys(lex, "step", "I rebooted it twice."));
        assertEquals(List.of("[restart]"), keys(lex, "step", "Please switch it off and on."));
        assertEquals(List.of("clear cache"), keys(lex, "step", "Did you clear cache?"), "after '[]' an entry is its own key");
        assertEquals(List.of("[browser]"), keys(lex, "step", "Try another browser."));
    }

    @Test
    void group_headingThatIsNotAloneOnItsLine_isAProblemWithItsLine() throws IOException {
        Path f = root.resolve("lexicon/en/step.txt");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "# support-coach word list v1: step: test\nreboot\n[restart reboot\n", StandardCharsets.UTF_8);
        List<RuleProblem> problems = new ArrayList<>();
        Lexicon.load(root, problems);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("group heading"), problems.get(0).message());
    }

    @Test
    void classSlot_matchesAnyEntryOfTheClassList() throws IOException {
        Lexicon lex = lexicon("en/party.txt", "customers\nstaff\nour shoppers",
                "en/failure.txt", "can not\nfail",
                "en/impact.txt", "@party @failure");
        assertEquals(List.of("customers can not"), found(lex, "impact", "Our customers can not pay."));
        assertEquals(List.of("our shoppers fail"), found(lex, "impact", "Since noon our shoppers fail at checkout."));
        assertEquals(List.of(), found(lex, "impact", "Staff are fine today."));
    }

    @Test
    void classSlot_seesOnlyTheClassOfItsOwnLanguage() throws IOException {
        Lexicon lex = lexicon("en/did.txt", "=updated", "ru/did.txt", "=обновил",
                "en/action.txt", "i @did", "ru/action.txt", "@did");
        assertEquals(List.of("обновил"), found(lex, "action", "Библиотеку обновил вчера."));
        assertEquals(List.of("I updated"), found(lex, "action", "I updated it."));
        assertEquals(List.of(), found(lex, "action", "The plugin updated itself."), "the Russian '@did' does not see English words");
    }

    @Test
    void bag_matchesInAnyOrderWithGapsInsideOneSentence() throws IOException {
        Lexicon lex = lexicon("ru/refusal.txt", "~ мы не занимаемся");
        assertEquals(List.of("мы этим, к сожалению, не занимаемся"), found(lex, "refusal", "Нет, мы этим, к сожалению, не занимаемся."));
        assertEquals(List.of("Не занимаемся мы"), found(lex, "refusal", "Не занимаемся мы такими вещами."));
        assertEquals(List.of(), found(lex, "refusal", "Мы всё проверим. Не занимаемся ерундой."), "never across sentences");
    }

    @Test
    void bag_withClasses_takesTheNearestOccurrences() throws IOException {
        Lexicon lex = lexicon("en/party.txt", "customers\nusers",
                "en/failure.txt", "can not\ndown",
                "en/impact.txt", "~ @party @failure");
        assertEquals(List.of("down, so customers"), found(lex, "impact", "The checkout is down, so customers leave."));
    }

    @Test
    void gap_skipsWordsButNeverANegation() throws IOException {
        Lexicon lex = lexicon("en/negation.txt", "not\nnever", "en/did.txt", "i .. restart");
        assertEquals(List.of("I have already restarted"), found(lex, "did", "I have already restarted it."));
        assertEquals(List.of(), found(lex, "did", "I have not restarted it."));
    }

    @Test
    void clauseStart_anchorsTheEntry() throws IOException {
        Lexicon lex = lexicon("en/instruction.txt", "^ please restart\n^ restart");
        assertEquals(List.of("Please restart"), found(lex, "instruction", "Please restart the router."));
        assertEquals(List.of("restart"), found(lex, "instruction", "Hi Anna, restart the router."));
        assertEquals(List.of(), found(lex, "instruction", "I did restart the router."));
    }

    @Test
    void exactForm_matchesOnlyThatForm() throws IOException {
        Lexicon lex = lexicon("ru/instruction.txt", "=попробуйте");
        assertEquals(List.of("Попробуйте"), found(lex, "instruction", "Попробуйте ещё раз."));
        assertEquals(List.of(), found(lex, "instruction", "Я попробовал ещё раз."));
    }

    @Test
    void number_matchesDigits() throws IOException {
        Lexicon lex = lexicon("en/history.txt", "<number> times\nspoken to <number>");
        assertEquals(List.of("5 times"), found(lex, "history", "I called 5 times."));
        assertEquals(List.of("spoken to 4"), found(lex, "history", "I've spoken to 4 people."));
        assertEquals(List.of(), found(lex, "history", "Many times."));
    }

    @Test
    void negation_isMarkedWithinTheClauseOnly() throws IOException {
        Lexicon lex = lexicon("en/negation.txt", "not\nno", "en/urgency.txt", "urgent");
        assertEquals(List.of(true), urgent(lex, "It is not urgent."));
        assertEquals(List.of(false), urgent(lex, "It is urgent."));
        assertEquals(List.of(false), urgent(lex, "No, it is urgent."), "a comma ends the negation's reach");
    }

    @Test
    void negation_endsAtAWordOfNegationStop() throws IOException {
        Lexicon lex = lexicon("en/negation.txt", "never", "en/negation_stop.txt", "and", "en/urgency.txt", "urgent");
        assertEquals(List.of(true), urgent(lex, "It was never urgent."));
        assertEquals(List.of(false), urgent(lex, "Help never came and now it is urgent."), "'and' ends the negation's reach");
    }

    private static List<Boolean> urgent(Lexicon lex, String text) {
        return lex.find(text).stream().filter(m -> m.list().equals("urgency")).map(Match::negated).toList();
    }

    @Test
    void emoji_andEmoticons_canBeListed() throws IOException {
        Lexicon lex = lexicon("en/joke.txt", "\uD83D\uDE02\n:)");
        assertEquals(List.of("\uD83D\uDE02", ":-)"), found(lex, "joke", "Classic \uD83D\uDE02 right :-)"));
    }

    @Test
    void unknownClass_andCycles_areReportedWithFileAndLine() throws IOException {
        Path f = root.resolve("lexicon/en/a.txt");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "# support-coach word list v1: a: test\nfoo\n@nothing here\n");
        Files.writeString(root.resolve("lexicon/en/b.txt"), "# support-coach word list v1: b: test\n@c x\n");
        Files.writeString(root.resolve("lexicon/en/c.txt"), "# support-coach word list v1: c: test\n@b y\n~ only\nstart ^\n");
        List<RuleProblem> problems = new ArrayList<>();
        Lexicon.load(root, problems);
        String all = problems.toString();
        assertTrue(all.contains("lexicon/en/a.txt:3:1") && all.contains("unknown word class @nothing"), all);
        assertTrue(all.contains("circle"), all);
        assertTrue(all.contains("lexicon/en/c.txt:3:1") && all.contains("at least two words"), all);
        assertTrue(all.contains("lexicon/en/c.txt:4:1") && all.contains("'^'"), all);
    }
}
