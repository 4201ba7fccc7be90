package dev.supportcoach.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static final String EN_MINUTES = "{n, plural, one {# minute} other {# minutes}}";
    private static final String RU_MINUTES = "{n, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}";

    private static Template compile(String text) {
        try {
            return Template.compile(text);
        } catch (Template.SyntaxError e) {
            throw new AssertionError("unexpected syntax error at " + e.offset + ": " + e.getMessage(), e);
        }
    }

    private static String render(String text, String lang, Object... keyValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        return compile(text).render(values, lang);
    }

    private static Template.SyntaxError syntaxError(String text) {
        return assertThrows(Template.SyntaxError.class, () -> Template.compile(text));
    }

    // ---------------------------------------------------------------- placeholders

    @Test
    void render_plainText_isUnchanged() {
        assertEquals("Hello, world # 1", render("Hello, world # 1", "en"));
    }

    @Test
    void render_emptyTemplate_isEmpty() {
        assertEquals("", render("", "en"));
    }

    @Test
    void render_placeholders_areReplacedByValues() {
        assertEquals("Hi Maria, ticket T-1 is open.",
                render("Hi {name}, ticket {ticket_id} is {status}.", "en",
                        "name", "Maria", "ticket_id", "T-1", "status", "open"));
    }

    @Test
    void render_placeholderWithSpaces_isTrimmed() {
        assertEquals("[Maria]", render("[{ name }]", "en", "name", "Maria"));
    }

    @Test
    void render_missingValue_isEmpty() {
        assertEquals("Hi !", render("Hi {name}!", "en"));
    }

    @Test
    void render_samePlaceholderTwice_isReplacedTwice() {
        assertEquals("a-a", render("{x}-{x}", "en", "x", "a"));
    }

    @Test
    void render_wholeDouble_isWrittenWithoutFraction() {
        assertEquals("3 and 2.5", render("{a} and {b}", "en", "a", 3.0, "b", 2.5));
    }

    @Test
    void render_hashOutsideACase_isLiteral() {
        assertEquals("ticket #5", render("ticket #{n}", "en", "n", 5));
    }

    // ---------------------------------------------------------------- plural: en

    @ParameterizedTest
    @CsvSource({"0, 0 minutes", "1, 1 minute", "2, 2 minutes", "11, 11 minutes", "21, 21 minutes", "101, 101 minutes"})
    void render_enPlural_oneOnlyForOne(int n, String expected) {
        assertEquals(expected, render(EN_MINUTES, "en", "n", n));
    }

    @Test
    void render_enPlural_acceptsLongAndNegativeOne() {
        assertEquals("1 minute", render(EN_MINUTES, "en", "n", 1L));
        assertEquals("-1 minute", render(EN_MINUTES, "en", "n", -1));
    }

    @Test
    void render_enPluralFraction_isOther() {
        assertEquals("1.5 minutes", render(EN_MINUTES, "en", "n", 1.5));
    }

    @Test
    void render_pluralOfNonNumber_isOther() {
        assertEquals("1 minutes", render(EN_MINUTES, "en", "n", "1"));
    }

    @Test
    void render_pluralWithoutOneCase_fallsBackToOther() {
        assertEquals("1 items", render("{n, plural, other {# items}}", "en", "n", 1));
    }

    // ---------------------------------------------------------------- plural: ru

    @ParameterizedTest
    @CsvSource({
            "1, 1 минуту", "2, 2 минуты", "5, 5 минут", "11, 11 минут", "21, 21 минуту",
            "22, 22 минуты", "25, 25 минут", "111, 111 минут", "0, 0 минут",
            "12, 12 минут", "14, 14 минут", "104, 104 минуты", "112, 112 минут", "1001, 1001 минуту"})
    void render_ruPlural_oneFewMany(int n, String expected) {
        assertEquals(expected, render(RU_MINUTES, "ru", "n", n));
    }

    @Test
    void render_ruPluralFraction_isOther() {
        assertEquals("1.5 минуты", render(RU_MINUTES, "ru", "n", 1.5));
    }

    @Test
    void render_ruTemplateWithEnLanguage_usesEnglishRules() {
        // the language decides the category, not the template text
        assertEquals("2 минуты", render(RU_MINUTES, "ru", "n", 2));
        assertEquals("2 минуты", render(RU_MINUTES, "en", "n", 2)); // en: 2 is 'other'
        assertEquals("5 минуты", render(RU_MINUTES, "en", "n", 5));
    }

    @ParameterizedTest
    @CsvSource({"1, one", "2, few", "3, few", "4, few", "5, many", "11, many", "21, one", "22, few",
            "25, many", "111, many", "0, many", "1011, many", "1021, one"})
    void pluralCategory_ru(long n, String category) {
        assertEquals(category, Template.pluralCategory(n, "ru"));
    }

    @Test
    void pluralCategory_en() {
        assertEquals("one", Template.pluralCategory(1, "en"));
        assertEquals("other", Template.pluralCategory(0, "en"));
        assertEquals("other", Template.pluralCategory(2, "en"));
        assertEquals("other", Template.pluralCategory(21, "en"));
        assertEquals("other", Template.pluralCategory(null, "en"));
    }

    // ---------------------------------------------------------------- select

    private static final String GREETING = "{customer, select, none {Hi,} other {Hi #,}}";

    @Test
    void render_selectWithoutValue_usesNone() {
        assertEquals("Hi,", render(GREETING, "en"));
    }

    @Test
    void render_selectWithValue_usesOtherAndHashIsTheValue() {
        assertEquals("Hi Maria,", render(GREETING, "en", "customer", "Maria"));
    }

    @Test
    void render_selectMatchingKey_usesThatCase() {
        String t = "{breached, select, yes {over by {over} min} other {{left} min left}}";
        assertEquals("over by 5 min", render(t, "en", "breached", "yes", "over", 5, "left", -5));
        assertEquals("10 min left", render(t, "en", "breached", "no", "over", -10, "left", 10));
        assertEquals("10 min left", render(t, "en", "left", 10)); // no 'none' case: other
    }

    @Test
    void render_hashInsideSelectOnNumber_isFormatted() {
        assertEquals("in 3 days", render("{d, select, none {soon} other {in # days}}", "en", "d", 3.0));
    }

    // ---------------------------------------------------------------- nesting

    @Test
    void render_placeholderInsideACase_isReplaced() {
        assertEquals("3 files in docs", render("{n, plural, one {# file in {folder}} other {# files in {folder}}}", "en",
                "n", 3, "folder", "docs"));
    }

    @Test
    void render_pluralNestedInSelect_hashIsTheInnerNumber() {
        String t = "The customer wrote {followUps, plural, one {a follow-up} other {# follow-ups}} with no reply"
                + "{minutes, select, none {} other {, waiting {minutes, plural, one {# minute} other {# minutes}}}}.";
        assertEquals("The customer wrote 3 follow-ups with no reply, waiting 1 minute.",
                render(t, "en", "followUps", 3, "minutes", 1));
        assertEquals("The customer wrote a follow-up with no reply.",
                render(t, "en", "followUps", 1));
    }

    @Test
    void render_selectNestedInPlural_hashInInnerCaseIsTheInnerValue() {
        String t = "{n, plural, other {# x {who, select, none {nobody} other {by #}}}}";
        assertEquals("4 x by Bob", render(t, "en", "n", 4, "who", "Bob"));
        assertEquals("4 x nobody", render(t, "en", "n", 4));
    }

    @Test
    void render_ruNestedPlural_usesRussianRules() {
        String t = "Клиент ждёт {minutes, select, none {ответа} other {{minutes, plural, one {# минуту} few {# минуты} "
                + "many {# минут} other {# минуты}}}}";
        assertEquals("Клиент ждёт 22 минуты", render(t, "ru", "minutes", 22));
        assertEquals("Клиент ждёт ответа", render(t, "ru"));
    }

    @Test
    void render_templateIsReusable() {
        Template t = compile(EN_MINUTES);
        assertEquals("1 minute", t.render(Map.of("n", 1), "en"));
        assertEquals("7 minutes", t.render(Map.of("n", 7), "en"));
    }

    // ---------------------------------------------------------------- placeholders()

    @Test
    void placeholders_includeNestedNamesInOrderWithoutRepeats() {
        Template t = compile("{a} {n, plural, one {# {b}} other {{c} {a}}} {s, select, none {} other {{d}}}");
        assertEquals(List.of("a", "n", "b", "c", "s", "d"), List.copyOf(t.placeholders()));
    }

    @Test
    void placeholders_ofPlainText_isEmpty() {
        assertEquals(Set.of(), compile("no placeholders # here").placeholders());
    }

    // ---------------------------------------------------------------- syntax errors

    @Test
    void compile_unclosedBrace_pointsAtTheBrace() {
        Template.SyntaxError e = syntaxError("Hello {name");
        assertEquals(6, e.offset);
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void compile_unclosedPlural_pointsAtItsBrace() {
        Template.SyntaxError e = syntaxError("Wait {n, plural, other {# min}");
        assertEquals(5, e.offset);
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void compile_unclosedCaseBody_pointsAtTheCaseBrace() {
        Template.SyntaxError e = syntaxError("{n, plural, other {# min");
        assertEquals(18, e.offset);
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void compile_strayClosingBrace_pointsAtIt() {
        Template.SyntaxError e = syntaxError("ab}cd");
        assertEquals(2, e.offset);
        assertTrue(e.getMessage().contains("'}'"), e.getMessage());
    }

    @Test
    void compile_pluralWithoutOther_namesThePlaceholder() {
        Template.SyntaxError e = syntaxError("You waited {n, plural, one {# minute} few {# minutes}}.");
        assertEquals(11, e.offset);
        assertTrue(e.getMessage().contains("'n'"), e.getMessage());
        assertTrue(e.getMessage().contains("other"), e.getMessage());
    }

    @Test
    void compile_selectWithoutOther_isAnError() {
        Template.SyntaxError e = syntaxError("x {s, select, none {a}}");
        assertEquals(2, e.offset);
        assertTrue(e.getMessage().contains("other"), e.getMessage());
    }

    @Test
    void compile_unknownFormat_pointsAtTheFormatName() {
        Template.SyntaxError e = syntaxError("{n,choice,one {a} other {b}}");
        assertEquals(3, e.offset);
        assertTrue(e.getMessage().contains("unknown format 'choice'"), e.getMessage());
    }

    @Test
    void compile_unknownFormatWithSpaces_offsetIsBetweenCommaAndName() {
        String text = "ok {n, date, short {a} other {b}}";
        Template.SyntaxError e = syntaxError(text);
        assertTrue(e.getMessage().contains("unknown format 'date'"), e.getMessage());
        assertTrue(e.offset > text.indexOf(',') && e.offset <= text.indexOf("date"), "offset " + e.offset);
        assertTrue(text.substring(e.offset).strip().startsWith("date"));
    }

    @Test
    void compile_formatWithoutCases_isAnError() {
        Template.SyntaxError e = syntaxError("{n, number}");
        assertEquals(2, e.offset);
    }

    @Test
    void compile_badPlaceholderName_isAnError() {
        Template.SyntaxError e = syntaxError("Hi {first-name}");
        assertEquals(4, e.offset);
        assertTrue(e.getMessage().contains("first-name"), e.getMessage());
        assertEquals(4, syntaxError("ab {}").offset);
    }

    @Test
    void compile_caseWithoutBody_isAnError() {
        Template.SyntaxError e = syntaxError("{n, plural, other}");
        assertEquals(12, e.offset); // at "other", which lacks its {text}
        assertTrue(e.getMessage().contains("key {text}"), e.getMessage());
    }
}
