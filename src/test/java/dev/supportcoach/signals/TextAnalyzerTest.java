package dev.supportcoach.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

class TextAnalyzerTest {

    private final TextAnalyzer plain = new TextAnalyzer(new WordForms());

    private static List<String> stems(List<Token> tokens) {
        return tokens.stream().map(Token::stem).toList();
    }

    /** Every token's span, as the original text it covers. */
    private static List<String> spans(String text, List<Token> tokens) {
        return tokens.stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    private static List<Integer> sentences(List<Token> tokens) {
        return tokens.stream().map(Token::sentence).toList();
    }

    // ---------------------------------------------------------------- offsets

    @Test
    void tokens_simpleText_offsetsAndSpans() {
        String text = "VPN is down";
        List<Token> t = plain.tokens(text);
        assertEquals(List.of(new Token(0, 3, "vpn", 0), new Token(4, 6, "is", 0), new Token(7, 11, "down", 0)), t);
    }

    @Test
    void tokens_emptyAndPunctuationOnly_haveNoTokens() {
        assertEquals(List.of(), plain.tokens(""));
        assertEquals(List.of(), plain.tokens(" ... !!! ??? \n"));
    }

    @Test
    void tokens_emojiIsOneTokenAndUtf16OffsetsStayRight() {
        String text = "\uD83D\uDE21 broken again";
        List<Token> t = plain.tokens(text);
        assertEquals(List.of("\uD83D\uDE21", "broken", "again"), spans(text, t));
        assertEquals("\uD83D\uDE21", t.get(0).stem());
        assertEquals(3, t.get(1).start());
        assertEquals(9, t.get(1).end());
    }

    @Test
    void tokens_emojiWithSkinToneAndZwj_areOneTokenEach() {
        String text = "ok \uD83D\uDC4D\uD83C\uDFFD \uD83D\uDC68\u200D\uD83D\uDCBB team";
        List<Token> t = plain.tokens(text);
        assertEquals(List.of("ok", "\uD83D\uDC4D\uD83C\uDFFD", "\uD83D\uDC68\u200D\uD83D\uDCBB", "team"), spans(text, t));
        assertEquals("\uD83D\uDC4D", t.get(1).stem());
        assertEquals("\uD83D\uDC68", t.get(2).stem());
        assertEquals(text.length(), t.get(3).end());
    }

    @Test
    void tokens_variationSelectorAfterSymbol_belongsToTheSymbol() {
        String text = "\u2764\uFE0F thanks";
        List<Token> t = plain.tokens(text);
        assertEquals(List.of(new Token(0, 2, "\u2764", 0), new Token(3, 9, Stemmers.stem("thanks"), 0, 1, "thanks")), t);
    }

    @Test
    void tokens_emoticons_areTokensWithOneCanonicalForm() {
        String text = "great :-) but :( and спасибо)) see http://x.org (1) done";
        List<String> stems = plain.tokens(text).stream().map(Token::stem).toList();
        assertTrue(stems.contains(":)"), stems.toString());
        assertTrue(stems.contains(":("), stems.toString());
        assertEquals(2, stems.stream().filter(":)"::equals).count(), stems.toString());
        assertFalse(stems.contains(":/"), "a link is not a grimace: " + stems);
    }

    @Test
    void tokens_clauses_areSeparatedByCommasAndDashes() {
        List<Token> t = plain.tokens("No, it works — fine. Next");
        assertEquals(List.of(0, 1, 1, 2, 0), t.stream().map(Token::clause).toList());
        assertEquals(List.of(0, 0, 0, 0, 1), t.stream().map(Token::sentence).toList());
    }

    @Test
    void tokens_variationSelectorAndKeycapAfterDigit_belongToTheWordButNotItsForm() {
        String text = "step 1\uFE0F\u20E3 done";
        List<Token> t = plain.tokens(text);
        assertEquals(List.of("step", "1\uFE0F\u20E3", "done"), spans(text, t));
        assertEquals("1", t.get(1).stem());
        assertEquals(text.indexOf("done"), t.get(2).start());
    }

    @Test
    void tokens_combiningMarkAndSoftHyphen_stayInsideTheWord() {
        String text = "ин\u00ADтернет cafe\u0301 ok";
        List<Token> t = plain.tokens(text);
        assertEquals(List.of("ин\u00ADтернет", "cafe\u0301", "ok"), spans(text, t));
        assertEquals(Stemmers.stem("интернет"), t.get(0).stem());
        assertEquals(Stemmers.stem("cafe"), t.get(1).stem());
    }

    @Test
    void tokens_supplementaryLetters_areOneWordWithUtf16Span() {
        String text = "\uD835\uDC07\uD835\uDC22 there"; // mathematical bold "Hi"
        List<Token> t = plain.tokens(text);
        assertEquals(2, t.size());
        assertEquals(0, t.get(0).start());
        assertEquals(4, t.get(0).end());
        assertEquals(5, t.get(1).start());
    }

    @Test
    void tokens_range_offsetsPointIntoTheWholeText() {
        String text = "> old words\nnew words here";
        List<Token> out = new ArrayList<>();
        int next = plain.tokens(text, 12, text.length(), 4, out);
        assertEquals(List.of("new", "words", "here"), spans(text, out));
        assertEquals(12, out.get(0).start());
        assertEquals(List.of(4, 4, 4), sentences(out));
        assertEquals(5, next);
    }

    @Test
    void tokens_rangeEndingMidText_stopsAtTheEnd() {
        String text = "alpha beta gamma";
        List<Token> out = new ArrayList<>();
        plain.tokens(text, 0, 8, 0, out); // "alpha be"
        assertEquals(List.of("alpha", "be"), spans(text, out));
    }

    // ---------------------------------------------------------------- normalisation

    @Test
    void tokens_upperCase_isLowerCased() {
        assertEquals(stems(plain.tokens("restart the router")), stems(plain.tokens("RESTART The ROUTER")));
        assertEquals(List.of("vpn"), stems(plain.tokens("VPN")));
    }

    @Test
    void tokens_yoIsReadAsYe() {
        assertEquals(stems(plain.tokens("все еще елка")), stems(plain.tokens("всё ещё ёлка")));
        assertEquals(stems(plain.tokens("елка")), stems(plain.tokens("ЁЛКА")));
        assertEquals(List.of("все"), stems(plain.tokens("Всё")));
    }

    @Test
    void tokens_apostropheBetweenLetters_staysInTheWord() {
        String text = "the customer's laptop";
        assertEquals(List.of("the", "customer's", "laptop"), spans(text, plain.tokens(text)));
    }

    @Test
    void tokens_apostropheNotFollowedByLetter_endsTheWord() {
        String text = "the users' laptops";
        assertEquals(List.of("the", "users", "laptops"), spans(text, plain.tokens(text)));
    }

    @Test
    void tokens_typographicApostrophe_readsLikeStraight() {
        assertEquals(stems(plain.tokens("customer's")), stems(plain.tokens("customer\u2019s")));
        assertEquals(stems(plain.tokens("isn't")), stems(plain.tokens("isn\u2019t")));
    }

    // ---------------------------------------------------------------- n't

    @Test
    void tokens_doesnt_isDoesPlusNotOnTheSameSpan() {
        String text = "it doesn't work";
        List<Token> t = plain.tokens(text);
        assertEquals(4, t.size());
        Token does = t.get(1);
        Token not = t.get(2);
        assertEquals(Stemmers.stem("does"), does.stem());
        assertEquals("not", not.stem());
        assertEquals(3, does.start());
        assertEquals(10, does.end());
        assertEquals(does.start(), not.start());
        assertEquals(does.end(), not.end());
        assertEquals("doesn't", text.substring(not.start(), not.end()));
        assertEquals(stems(plain.tokens("it does not work")), stems(t));
    }

    @Test
    void tokens_typographicNt_isSplitToo() {
        String text = "It DOESN\u2019T work";
        List<Token> t = plain.tokens(text);
        assertEquals(stems(plain.tokens("it does not work")), stems(t));
        assertEquals("DOESN\u2019T", text.substring(t.get(2).start(), t.get(2).end()));
    }

    @Test
    void tokens_wordForms_takePrecedenceOverTheNtRule() {
        WordForms forms = new WordForms();
        forms.add("can't", List.of("can", "not"));
        List<Token> t = new TextAnalyzer(forms).tokens("I can't log in");
        assertEquals(stems(new TextAnalyzer(forms).tokens("I can not log in")), stems(t));
        assertEquals(List.of("i", "can", "not", "log", "in"), stems(t));
        // without the form, the n't rule leaves "ca"
        assertEquals(List.of("i", "ca", "not", "log", "in"), stems(plain.tokens("I can't log in")));
    }

    // ---------------------------------------------------------------- sentences

    @Test
    void tokens_sentences_areNumberedFromZero() {
        List<Token> t = plain.tokens("It fails. Please help! Why? Now");
        assertEquals(List.of(0, 0, 1, 1, 2, 3), sentences(t));
    }

    @Test
    void tokens_dotInsideNumberOrDomain_doesNotEndTheSentence() {
        List<Token> t = plain.tokens("Version 11.1 on example.com fails. Next");
        // version 11 1 on example com fails | next
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 1), sentences(t));
    }

    @Test
    void tokens_runOfPunctuation_endsTheSentenceOnce() {
        List<Token> t = plain.tokens("Why?!?! Really... ok");
        assertEquals(List.of(0, 1, 2), sentences(t));
    }

    @Test
    void tokens_newlineAndSemicolonAndEllipsis_endSentences() {
        List<Token> t = plain.tokens("first line\nsecond; third\u2026 fourth");
        assertEquals(List.of(0, 0, 1, 2, 3), sentences(t));
    }

    @Test
    void tokens_leadingPunctuation_doesNotSkipSentenceNumbers() {
        List<Token> t = plain.tokens("... \n\n!! Hello");
        assertEquals(List.of(0), sentences(t));
    }

    @Test
    void tokens_returnedSentenceNumber_isNextFree() {
        List<Token> out = new ArrayList<>();
        assertEquals(1, plain.tokens("Hi", 0, 2, 0, out));
        assertEquals(1, plain.tokens("Hi.", 0, 3, 0, out));
        assertEquals(2, plain.tokens("Hi. There", 0, 9, 0, out));
        assertEquals(7, plain.tokens("...", 0, 3, 7, out));
    }

    // ---------------------------------------------------------------- word forms and stems

    @Test
    void stems_irregularRussianForms_areUnifiedThroughWordForms() {
        WordForms forms = new WordForms();
        assertTrue(forms.add("могу", List.of("мочь")));
        assertTrue(forms.add("смогла", List.of("мочь")));
        assertTrue(forms.add("можем", List.of("мочь")));
        TextAnalyzer a = new TextAnalyzer(forms);
        List<String> base = a.stems("не могу работать");
        assertEquals(3, base.size());
        assertEquals(base, a.stems("не смогла работать"));
        assertEquals(base, a.stems("не можем работать"));
        assertEquals(base, a.stems("Не МОГУ работать"));
        assertEquals(a.stems("мочь"), List.of(base.get(1)));
        // without the forms, the stemmer alone does not unify them
        assertNotEquals(plain.stems("не могу работать"), plain.stems("не смогла работать"));
    }

    @Test
    void wordForms_addTwice_returnsFalseAndKeepsTheFirst() {
        WordForms forms = new WordForms();
        assertTrue(forms.add("cant", List.of("can", "not")));
        assertFalse(forms.add("cant", List.of("cannot")));
        assertEquals(List.of("can", "not"), forms.lookup("cant"));
        assertNull(forms.lookup("can"));
    }

    @Test
    void wordForms_multiWordCanonical_givesOneTokenPerWordOnTheSameSpan() {
        WordForms forms = new WordForms();
        forms.add("im", List.of("i", "am"));
        String text = "Im stuck";
        List<Token> t = new TextAnalyzer(forms).tokens(text);
        assertEquals(List.of("i", "am", "stuck"), stems(t));
        assertEquals(List.of("Im", "Im", "stuck"), spans(text, t));
    }

    @Test
    void stems_englishInflections_shareTheStem() {
        assertEquals(List.of("restart"), plain.stems("restart"));
        assertEquals(List.of("restart"), plain.stems("restarted"));
        assertEquals(List.of("restart"), plain.stems("Restarting"));
        assertEquals(List.of("restart"), plain.stems("restarts"));
    }

    @Test
    void stems_russianInflections_shareTheStem() {
        assertEquals(plain.stems("принтер"), plain.stems("принтера"));
        assertEquals(plain.stems("принтер"), plain.stems("принтером"));
    }

    @Test
    void stems_otherScripts_areLeftAsTheyAre() {
        assertEquals(List.of("東京"), plain.stems("東京"));
        assertEquals(List.of("2026"), plain.stems("2026"));
    }

    // ---------------------------------------------------------------- Lexicon

    private static void write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** A small rules dir: urgency in two languages, forms, a list with a wildcard. */
    private static Path rulesDir(Path root) throws IOException {
        write(root.resolve("lexicon/en/forms.txt"),
                "# support-coach word forms v1",
                "can't cannot = can not");
        write(root.resolve("lexicon/en/urgency.txt"),
                "# support-coach word list v1: urgency: test",
                "urgent",
                "asap",
                "!not urgent");
        write(root.resolve("lexicon/en/need.txt"),
                "# support-coach word list v1: need: test",
                "need * now",
                "calm down => I understand");
        write(root.resolve("lexicon/ru/forms.txt"),
                "# support-coach word forms v1",
                "могу смогла можем = мочь");
        write(root.resolve("lexicon/ru/urgency.txt"),
                "# support-coach word list v1: urgency: test",
                "срочно");
        write(root.resolve("lexicon/ru/blocked.txt"),
                "# support-coach word list v1: blocked: test",
                "не могу работать");
        return root;
    }

    private static Lexicon load(Path root, List<RuleProblem> problems) {
        return Lexicon.load(root, problems);
    }

    @Test
    void lexiconLoad_cleanDir_hasNoProblemsAndSortedNames(@TempDir Path tmp) throws IOException {
        List<RuleProblem> problems = new ArrayList<>();
        Lexicon lex = load(rulesDir(tmp), problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of("blocked", "need", "urgency"), lex.names());
        assertEquals(java.util.Set.of("en", "ru"), lex.languages());
    }

    @Test
    void lexiconFind_matchesWithSpans(@TempDir Path tmp) throws IOException {
        Lexicon lex = load(rulesDir(tmp), new ArrayList<>());
        String text = "This is URGENT, please fix it ASAP!";
        List<Match> m = lex.find(text);
        assertEquals(List.of(
                new Match("urgency", 8, 14, "urgent", null),
                new Match("urgency", 30, 34, "asap", null)), m);
        assertEquals("URGENT", text.substring(8, 14));
    }

    @Test
    void lexiconFind_exceptionSuppressesOverlappingMatchOnly(@TempDir Path tmp) throws IOException {
        Lexicon lex = load(rulesDir(tmp), new ArrayList<>());
        assertEquals(List.of(), lex.find("It is not urgent."));
        assertEquals(List.of(), lex.find("It isn't urgent."));
        String text = "Not urgent for me, but urgent for my boss";
        List<Match> m = lex.find(text);
        assertEquals(List.of(new Match("urgency", 23, 29, "urgent", null)), m);
    }

    @Test
    void lexiconFind_wildcardMatchesExactlyOneWord(@TempDir Path tmp) throws IOException {
        Lexicon lex = load(rulesDir(tmp), new ArrayList<>());
        String text = "We need it now.";
        assertEquals(List.of(new Match("need", 3, 14, "need * now", null)), lex.find(text));
        assertEquals(List.of(), lex.find("We need now."));
        assertEquals(List.of(), lex.find("We need it right now."));
    }

    @Test
    void lexiconFind_neverCrossesSentences(@TempDir Path tmp) throws IOException {
        Lexicon lex = load(rulesDir(tmp), new ArrayList<>());
        assertEquals(List.of(), lex.find("We need it. Now."));
    }

    @Test
    void lexiconFind_replacementIsCarried(@TempDir Path tmp) throws IOException {
        Lexicon lex = load(rulesDir(tmp), new ArrayList<>());
        assertEquals(List.of(new Match("need", 7, 16, "calm down", "I understand")), lex.find("Please calm down."));
    }

    @Test
    void lexiconFind_sameListNameInTwoLanguagesIsOneList(@TempDir Path tmp) throws IOException {
        Lexicon lex = load(rulesDir(tmp), new ArrayList<>());
        String text = "Очень срочно, urgent";
        assertEquals(List.of(
                new Match("urgency", 6, 12, "срочно", null),
                new Match("urgency", 14, 20, "urgent", null)), lex.find(text));
    }

    @Test
    void lexiconFind_wordFormsUnifyRussianVerbForms(@TempDir Path tmp) throws IOException {
        Lexicon lex = load(rulesDir(tmp), new ArrayList<>());
        String text = "Мы не можем работать";
        assertEquals(List.of(new Match("blocked", 3, 20, "не могу работать", null)), lex.find(text));
        assertEquals(1, lex.find("Я не смогла работать вчера").size());
        assertEquals(List.of(), lex.find("Я не хочу работать"));
    }

    @Test
    void lexiconFind_overlappingMatchesWithTheSameStart_keepTheLongest(@TempDir Path tmp) throws IOException {
        rulesDir(tmp);
        write(tmp.resolve("lexicon/en/broken.txt"),
                "# support-coach word list v1: broken: test",
                "not work",
                "not work at all");
        Lexicon lex = load(tmp, new ArrayList<>());
        String text = "It does not work at all";
        assertEquals(List.of(new Match("broken", 8, 23, "not work at all", null)), lex.find(text));
    }

    @Test
    void lexiconFind_overlappingMatchesWithDifferentStarts_keepTheLeftmost(@TempDir Path tmp) throws IOException {
        rulesDir(tmp);
        write(tmp.resolve("lexicon/en/broken.txt"),
                "# support-coach word list v1: broken: test",
                "not work",
                "work at all");
        Lexicon lex = load(tmp, new ArrayList<>());
        String text = "It does not work at all";
        assertEquals(List.of(new Match("broken", 8, 16, "not work", null)), lex.find(text));
    }

    @Test
    void lexiconLoad_duplicateEntry_isReportedWithFileAndLine(@TempDir Path tmp) throws IOException {
        rulesDir(tmp);
        write(tmp.resolve("lexicon/en/urgency.txt"),
                "# support-coach word list v1: urgency: test",
                "urgent",
                "asap",
                "",
                "  ASAP",
                "!not urgent");
        List<RuleProblem> problems = new ArrayList<>();
        Lexicon lex = load(tmp, problems);
        assertEquals(1, problems.size(), problems.toString());
        RuleProblem p = problems.get(0);
        assertEquals("lexicon/en/urgency.txt", p.file());
        assertEquals(5, p.line());
        assertEquals(3, p.column());
        assertTrue(p.message().contains("repeats line 3"), p.message());
        // the rest of the list still works
        assertEquals(1, lex.find("asap").size());
    }

    @Test
    void lexiconLoad_duplicateAfterStemming_isReported(@TempDir Path tmp) throws IOException {
        rulesDir(tmp);
        write(tmp.resolve("lexicon/en/restart.txt"),
                "# support-coach word list v1: restart: test",
                "restart",
                "restarting");
        List<RuleProblem> problems = new ArrayList<>();
        load(tmp, problems);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("lexicon/en/restart.txt", problems.get(0).file());
        assertEquals(3, problems.get(0).line());
    }

    @Test
    void lexiconLoad_missingHeader_isReportedAtLineOneAndTheListStillLoads(@TempDir Path tmp) throws IOException {
        rulesDir(tmp);
        write(tmp.resolve("lexicon/en/polite.txt"),
                "please",
                "thank you");
        List<RuleProblem> problems = new ArrayList<>();
        Lexicon lex = load(tmp, problems);
        assertEquals(1, problems.size(), problems.toString());
        RuleProblem p = problems.get(0);
        assertEquals("lexicon/en/polite.txt", p.file());
        assertEquals(1, p.line());
        assertTrue(p.message().contains(Lexicon.LIST_HEADER), p.message());
        assertEquals("lexicon/en/polite.txt:1:1: " + p.message(), p.toString());
        assertTrue(lex.names().contains("polite"));
        assertEquals(List.of(new Match("polite", 0, 9, "thank you", null)), lex.find("Thank you!"));
    }

    @Test
    void lexiconLoad_formsWithoutHeaderOrDuplicates_areReported(@TempDir Path tmp) throws IOException {
        rulesDir(tmp);
        write(tmp.resolve("lexicon/ru/forms.txt"),
                "могу смогла = мочь",
                "могу = мочь");
        List<RuleProblem> problems = new ArrayList<>();
        load(tmp, problems);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(new RuleProblem("lexicon/ru/forms.txt", 1, 1, problems.get(0).message()), problems.get(0));
        assertTrue(problems.get(0).message().contains(Lexicon.FORMS_HEADER));
        assertEquals("lexicon/ru/forms.txt", problems.get(1).file());
        assertEquals(2, problems.get(1).line());
        assertTrue(problems.get(1).message().contains("могу"), problems.get(1).message());
    }

    @Test
    void lexiconLoad_entryWithOnlyWildcardOrPunctuation_isReported(@TempDir Path tmp) throws IOException {
        rulesDir(tmp);
        write(tmp.resolve("lexicon/en/bad.txt"),
                "# support-coach word list v1: bad: test",
                "*",
                "...",
                "fine");
        List<RuleProblem> problems = new ArrayList<>();
        load(tmp, problems);
        assertEquals(List.of(2, 3), problems.stream().map(RuleProblem::line).toList(), problems.toString());
        problems.forEach(p -> assertEquals("lexicon/en/bad.txt", p.file()));
    }

    @Test
    void lexiconLoad_missingLexiconFolder_isAProblem(@TempDir Path tmp) {
        List<RuleProblem> problems = new ArrayList<>();
        Lexicon lex = load(tmp, problems);
        assertEquals(1, problems.size());
        assertEquals("lexicon", problems.get(0).file());
        assertEquals(List.of(), lex.names());
        assertEquals(List.of(), lex.find("urgent"));
    }

    @Test
    void lexiconLoad_invalidUtf8_isAProblem(@TempDir Path tmp) throws IOException {
        rulesDir(tmp);
        Path f = tmp.resolve("lexicon/en/broken.txt");
        Files.write(f, new byte[] {'#', ' ', 'x', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        List<RuleProblem> problems = new ArrayList<>();
        load(tmp, problems);
        assertEquals(List.of(new RuleProblem("lexicon/en/broken.txt", 0, 0, "not valid UTF-8")), problems);
    }

    @Test
    void lexiconLoad_examplesFilesAreNotLists(@TempDir Path tmp) throws IOException {
        rulesDir(tmp);
        write(tmp.resolve("lexicon/en/urgency.examples.txt"),
                "# support-coach word-list examples v1: urgency",
                "+ This is [urgent].");
        List<RuleProblem> problems = new ArrayList<>();
        Lexicon lex = load(tmp, problems);
        assertEquals(List.of(), problems);
        assertFalse(lex.names().contains("urgency.examples"));
    }
}
