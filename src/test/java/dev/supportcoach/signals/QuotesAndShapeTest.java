package dev.supportcoach.signals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuotesAndShapeTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer(new WordForms());

    /** The ranges as the text they cover, which is easier to read than offsets. */
    private static List<String> unquoted(String text, int end) {
        return Quotes.unquotedRanges(text, end).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    private static List<List<Integer>> ranges(String text, int end) {
        return Quotes.unquotedRanges(text, end).stream().map(r -> List.of(r[0], r[1])).toList();
    }

    // ---------------------------------------------------------------- Quotes.unquotedRanges

    @Test
    void unquotedRanges_noQuotes_isTheWholeText() {
        String text = "Hello\nstill broken";
        assertEquals(List.of(List.of(0, text.length())), ranges(text, text.length()));
    }

    @Test
    void unquotedRanges_quotedLinesInTheMiddle_areExcluded() {
        String text = "new\n> old\n> older\nreply";
        assertEquals(List.of(List.of(0, 4), List.of(18, 23)), ranges(text, text.length()));
        assertEquals(List.of("new\n", "reply"), unquoted(text, text.length()));
    }

    @Test
    void unquotedRanges_indentedQuoteMarker_isAQuoteToo() {
        String text = "top\n  \t> quoted\nbottom";
        assertEquals(List.of("top\n", "bottom"), unquoted(text, text.length()));
    }

    @Test
    void unquotedRanges_quoteAtStartAndEnd_leavesOnlyTheMiddle() {
        String text = "> a\nmine\n> b";
        assertEquals(List.of("mine\n"), unquoted(text, text.length()));
    }

    @Test
    void unquotedRanges_allQuoted_isEmpty() {
        String text = "> a\n>> b\n";
        assertEquals(List.of(), ranges(text, text.length()));
    }

    @Test
    void unquotedRanges_greaterThanInsideALine_isNotAQuote() {
        String text = "speed > 10 Mbit\nok";
        assertEquals(List.of(text), unquoted(text, text.length()));
    }

    @Test
    void unquotedRanges_stopAtEnd() {
        String text = "mine\n> q\nalso mine\nOn Mon, Bob wrote:\n> old";
        int end = text.indexOf("On Mon");
        assertEquals(List.of("mine\n", "also mine\n"), unquoted(text, end));
    }

    @Test
    void unquotedRanges_emptyText_isEmpty() {
        assertEquals(List.of(), ranges("", 0));
    }

    // ---------------------------------------------------------------- Quotes.newTextEnd

    @Test
    void newTextEnd_noAttribution_isTheLength() {
        String text = "Still broken.\n> earlier text";
        assertEquals(text.length(), Quotes.newTextEnd(text));
    }

    @Test
    void newTextEnd_onWroteLine_stopsAtItsStart() {
        String text = "Still broken.\n\nOn Mon, 20 Nov 2026 at 09:40, Support <help@example.com> wrote:\n> Please restart.";
        assertEquals(text.indexOf("On Mon"), Quotes.newTextEnd(text));
    }

    @Test
    void newTextEnd_wroteLineWithSpacesAndCase_isRecognised() {
        String text = "ok\n   ON Tue, Anna WROTE:   \nquoted";
        assertEquals(3, Quotes.newTextEnd(text));
    }

    @Test
    void newTextEnd_russianAttribution_stopsAtItsStart() {
        String text = "Не помогло.\n20.11.2026 12:40, Служба поддержки пишет:\n> Перезагрузите компьютер.";
        assertEquals(text.indexOf("20.11.2026"), Quotes.newTextEnd(text));
        String text2 = "Спасибо\nИван написал(а):\nстарое";
        assertEquals(text2.indexOf("Иван"), Quotes.newTextEnd(text2));
    }

    @Test
    void newTextEnd_originalMessageSeparator_stopsThere() {
        String text = "See below\n-----Original Message-----\nFrom: x";
        assertEquals(text.indexOf("-----"), Quotes.newTextEnd(text));
    }

    @Test
    void newTextEnd_attributionOnTheFirstLine_isNotAQuote() {
        String text = "On Monday my colleague wrote:\nthe printer is jammed";
        assertEquals(text.length(), Quotes.newTextEnd(text));
    }

    @Test
    void newTextEnd_lineStartingWithOnButNotEndingWithWrote_isNotAnAttribution() {
        String text = "Hi\nOn Monday it worked, today not.\nPlease help";
        assertEquals(text.length(), Quotes.newTextEnd(text));
    }

    @Test
    void newTextEnd_firstOfTwoAttributions_wins() {
        String text = "new\nOn Tue, A wrote:\n> x\nOn Mon, B wrote:\n> y";
        assertEquals(4, Quotes.newTextEnd(text));
    }

    @Test
    void newTextEnd_crlfLineEndings_areHandled() {
        String text = "new\r\nOn Tue, A wrote:\r\n> x";
        assertEquals(5, Quotes.newTextEnd(text));
    }

    // ---------------------------------------------------------------- TextShape.capsRatio

    @Test
    void capsRatio_countsOnlyLetters() {
        assertEquals(0.5, TextShape.capsRatio("HELLO there!!! 123", 0, 18, 1), 1e-9);
        assertEquals(1.0, TextShape.capsRatio("WHY IS IT DOWN?", 0, 15, 1), 1e-9);
        assertEquals(0.0, TextShape.capsRatio("why is it down?", 0, 15, 1), 1e-9);
    }

    @Test
    void capsRatio_fewerLettersThanMinimum_isZero() {
        assertEquals(0.0, TextShape.capsRatio("OK!", 0, 3, 12), 1e-9);
        assertEquals(1.0, TextShape.capsRatio("OKAYOKAYOKAY", 0, 12, 12), 1e-9);
    }

    @Test
    void capsRatio_respectsTheRange() {
        String text = "calm part. ANGRY PART";
        assertEquals(1.0, TextShape.capsRatio(text, 11, text.length(), 1), 1e-9);
        assertEquals(0.0, TextShape.capsRatio(text, 0, 10, 1), 1e-9);
    }

    @Test
    void capsRatio_cyrillicAndSupplementaryLetters() {
        assertEquals(0.5, TextShape.capsRatio("СРОЧНО срочно", 0, 13, 1), 1e-9);
        // a surrogate pair is one letter, not two
        String deseret = "\uD801\uDC00\uD801\uDC28"; // DESERET CAPITAL LONG I, DESERET SMALL LONG I
        assertEquals(0.5, TextShape.capsRatio(deseret, 0, deseret.length(), 1), 1e-9);
    }

    // ---------------------------------------------------------------- longestRun, questions

    @Test
    void longestRun_findsTheLongestRun() {
        assertEquals(3, TextShape.longestRun("Fix it!! Now!!!  ok!", '!'));
        assertEquals(0, TextShape.longestRun("calm", '!'));
        assertEquals(4, TextShape.longestRun("????", '?'));
        assertEquals(0, TextShape.longestRun("", '?'));
    }

    @Test
    void questions_runOfQuestionMarksCountsOnce() {
        String text = "Why?? How? What??? ok";
        assertEquals(3, TextShape.questions(text, 0, text.length()));
        assertEquals(0, TextShape.questions("No questions.", 0, 13));
    }

    @Test
    void questions_respectsTheRange() {
        String text = "Why? How? Where?";
        assertEquals(1, TextShape.questions(text, 5, 10)); // "How? "
        assertEquals(2, TextShape.questions(text, 0, 10));
    }

    @Test
    void questions_rangeStartingInsideARun_countsIt() {
        String text = "a???";
        assertEquals(1, TextShape.questions(text, 2, 4));
    }

    // ---------------------------------------------------------------- listLines

    @Test
    void listLines_countsNumberedAndBulletedLines() {
        String text = """
                Steps:
                1. Open settings
                2) Close the app
                - item
                * star
                • bullet
                  3. indented
                -not a bullet
                12 monkeys
                """;
        assertEquals(6, TextShape.listLines(text));
    }

    @Test
    void listLines_plainProse_isZero() {
        assertEquals(0, TextShape.listLines("I tried everything.\nNothing works - really."));
        assertEquals(0, TextShape.listLines(""));
    }

    @Test
    void listLines_firstLine_countsToo() {
        assertEquals(2, TextShape.listLines("1. first\n2. second"));
        assertEquals(1, TextShape.listLines("- only"));
    }

    // ---------------------------------------------------------------- paragraphWords

    @Test
    void paragraphWords_blankLinesSeparateParagraphs() {
        String text = "one two\n\nthree four five\nsix\n\nseven";
        assertArrayEquals(new int[] {3, 4, 9, 28}, TextShape.paragraphWords(ANALYZER.tokens(text), text));
    }

    @Test
    void paragraphWords_blankLineWithSpaces_separates() {
        String text = "one two three\n  \t\nfour";
        assertArrayEquals(new int[] {2, 3, 0, 13}, TextShape.paragraphWords(ANALYZER.tokens(text), text));
    }

    @Test
    void paragraphWords_singleNewlines_areOneParagraph() {
        String text = "one\ntwo\nthree.\nfour";
        assertArrayEquals(new int[] {1, 4, 0, 19}, TextShape.paragraphWords(ANALYZER.tokens(text), text));
    }

    @Test
    void paragraphWords_crlfBlankLine_separates() {
        String text = "one two\r\n\r\nthree";
        assertArrayEquals(new int[] {2, 2, 0, 7}, TextShape.paragraphWords(ANALYZER.tokens(text), text));
    }

    @Test
    void paragraphWords_noTokens_isAllZero() {
        assertArrayEquals(new int[] {0, 0, 0, 0}, TextShape.paragraphWords(List.of(), "\n\n"));
    }

    @Test
    void paragraphWords_lastParagraphLongest_isCounted() {
        String text = "hi\n\nthis one is the longest";
        assertArrayEquals(new int[] {2, 5, 4, 27}, TextShape.paragraphWords(ANALYZER.tokens(text), text));
    }

    // ---------------------------------------------------------------- firstSentenceEnd

    @Test
    void firstSentenceEnd_afterTheTerminator() {
        assertEquals(12, TextShape.firstSentenceEnd("Hello there. More text."));
        assertEquals(3, TextShape.firstSentenceEnd("Hi! Next"));
        assertEquals(6, TextShape.firstSentenceEnd("Ready? yes"));
    }

    @Test
    void firstSentenceEnd_newline_endsBeforeIt() {
        assertEquals(9, TextShape.firstSentenceEnd("Hi Maria,\nthanks"));
    }

    @Test
    void firstSentenceEnd_leadingBlankLines_areSkipped() {
        String text = "\n\nHello.\nMore";
        assertEquals(8, TextShape.firstSentenceEnd(text));
        assertEquals("\n\nHello.", text.substring(0, 8));
    }

    @Test
    void firstSentenceEnd_crlf_endsBeforeTheCarriageReturn() {
        assertEquals(9, TextShape.firstSentenceEnd("Hi Maria,\r\nthanks"));
    }

    @Test
    void firstSentenceEnd_dotInsideNumber_doesNotEnd() {
        assertEquals(21, TextShape.firstSentenceEnd("Update to 11.1 first. Then"));
    }

    @Test
    void firstSentenceEnd_noTerminator_isTheLength() {
        assertEquals(14, TextShape.firstSentenceEnd("no end in here"));
        assertEquals(0, TextShape.firstSentenceEnd(""));
        assertEquals(10, TextShape.firstSentenceEnd("ends here."));
    }

    // ---------------------------------------------------------------- overlap

    @Test
    void overlap_isShareOfTheSmallerSet() {
        assertEquals(2.0 / 3, TextShape.overlap(Set.of("a", "b", "c"), Set.of("b", "c", "d", "e")), 1e-9);
        assertEquals(2.0 / 3, TextShape.overlap(Set.of("b", "c", "d", "e"), Set.of("a", "b", "c")), 1e-9);
    }

    @Test
    void overlap_identicalAndDisjointAndSubset() {
        assertEquals(1.0, TextShape.overlap(Set.of("x", "y"), Set.of("y", "x")), 1e-9);
        assertEquals(0.0, TextShape.overlap(Set.of("x"), Set.of("y")), 1e-9);
        assertEquals(1.0, TextShape.overlap(Set.of("x"), Set.of("x", "y", "z")), 1e-9);
    }

    @Test
    void overlap_emptySet_isZero() {
        assertEquals(0.0, TextShape.overlap(Set.of(), Set.of("a")), 1e-9);
        assertEquals(0.0, TextShape.overlap(Set.of("a"), Set.of()), 1e-9);
        assertEquals(0.0, TextShape.overlap(Set.of(), Set.of()), 1e-9);
    }

    // ---------------------------------------------------------------- SignalExtractor.isBarePing

    @Test
    void isBarePing_aFewWordsEndingInAQuestionOrExclamationMark() {
        assertEquals(true, SignalExtractor.isBarePing("hello??"));
        assertEquals(true, SignalExtractor.isBarePing("  Anyone there?  "));
        assertEquals(true, SignalExtractor.isBarePing("ау!"));
        assertEquals(true, SignalExtractor.isBarePing("???"));
    }

    @Test
    void isBarePing_aSentenceWithContentOrNoEndMark_isNot() {
        assertEquals(false, SignalExtractor.isBarePing("oh, and it's version 3.2"));
        assertEquals(false, SignalExtractor.isBarePing("Does the export include archived projects?"));
        assertEquals(false, SignalExtractor.isBarePing("thanks"));
        assertEquals(false, SignalExtractor.isBarePing(""));
    }

    // ---------------------------------------------------------------- Structure.capsRuns

    private static List<String> capsRuns(String text) {
        List<Match> out = new java.util.ArrayList<>();
        Structure.capsRuns(text, 0, text.length(), out);
        return out.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void capsRuns_findShoutingInProse() {
        assertEquals(List.of("WHY DO MY SAVED FILTERS DISAPPEAR"), capsRuns("WHY DO MY SAVED FILTERS DISAPPEAR every time I log out?"));
    }

    @Test
    void capsRuns_skipCode() {
        assertEquals(List.of(), capsRuns("The flag runs `CREATE TABLE IF NOT EXISTS` before the check."));
        assertEquals(List.of(), capsRuns("It fails with ERR_HOST_FINGERPRINT_CHANGED on start."));
        assertEquals(List.of(), capsRuns("The reply holds <LMIERRCODE>4</LMIERRCODE> and <LMIERRSTEP>13.3</LMIERRSTEP>."));
    }

    // ---------------------------------------------------------------- Structure.requestList

    private static List<String> requestList(String text, List<Match> wordHits) {
        List<Match> out = new java.util.ArrayList<>();
        Structure.requestList(text, text.length(), wordHits, out);
        return out.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void requestList_spansTheItemsThatAsk() {
        String text = "A few things:\n1. The payout is late.\n2. Is there a way to bulk edit prices?\n3. Could you add a CSV export";
        int add = text.indexOf("Could you add");
        List<Match> hits = List.of(new Match("request", add, add + 13, "could you add", null, false));
        assertEquals(List.of("2. Is there a way to bulk edit prices?\n3. Could you add a CSV export"), requestList(text, hits));
    }

    @Test
    void requestList_ignoresStepsAndASingleRequest() {
        assertEquals(List.of(), requestList("1. Open Settings\n2. Click Save\n3. Wait", List.of()));
        assertEquals(List.of(), requestList("1. It crashes on start\n2. Any fix planned?", List.of()));
    }

    // ---------------------------------------------------------------- Structure.techTermMatches

    private static List<String> techTerms(String text) {
        List<Match> out = new java.util.ArrayList<>();
        Structure.techTermMatches(text, 0, text.length(), out);
        return out.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void techTerms_byShape_inBothScripts() {
        assertEquals(List.of("LOS", "ONT", "PON", "PostgreSQL"), techTerms("A red LOS light means the ONT lost the PON signal; check the PostgreSQL log."));
        assertEquals(List.of("УКЭП", "СКЗИ", "ЕСИА"), techTerms("Нужна УКЭП, установленное СКЗИ и вход через ЕСИА."));
        assertEquals(List.of(), techTerms("Please restart the router and wait a minute."));
    }
}
