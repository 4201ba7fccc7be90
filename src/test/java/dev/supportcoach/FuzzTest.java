package dev.supportcoach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.json.CaseJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated cases (from the bundled examples, the rule examples and, when present, the
 * shared corpus) must each yield advice or a documented error, never anything else; spans must
 * stay right in UTF-16 whatever the text. Bounded by count, with a fixed seed.
 */
class FuzzTest {
    private static final String[] ODD = {"\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\u0000", "\u0007", "\u202E", "\uFEFF",
        "\uD800", "\uDC00", "ё", "Ё", "!!!", "???", "\n>", "\r\n", "\t", "I\uFE0F", "   ", "\\", "\"", "{", "}", "[", "]",
        "не могу работать", "can't work", "ASAP!!!", "👍", "\u0301"};

    private static SupportCoach coach;
    private static List<String> seeds;

    @BeforeAll
    static void setUp() throws IOException {
        coach = SupportCoach.builder().build();
        seeds = new ArrayList<>();
        for (Path dir : List.of(Path.of("examples"), Path.of("src/test/resources/cli"), CorpusTest.CORPUS)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    seeds.add(Files.readString(p));
                }
            }
        }
        assertTrue(seeds.size() >= 2);
    }

    /** Advice or a documented error; spans consistent. */
    private static void check(String json) {
        CaseJson.Parsed parsed;
        try {
            parsed = CaseJson.read(json);
        } catch (CaseFormatException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            return;
        } catch (RuntimeException e) {
            fail("reading threw " + e + " for: " + abbreviate(json), e);
            return;
        }
        try {
            Advice a = coach.advise(parsed.supportCase());
            SupportCase c = parsed.supportCase();
            for (Recommendation r : a.recommendations()) {
                for (Evidence e : r.evidence()) {
                    assertEquals(c.conversation().get(e.message()).text().substring(e.start(), e.end()), e.text());
                }
            }
            for (DraftFinding f : a.draftFindings()) {
                assertEquals(c.draft().substring(f.start(), f.end()), f.text());
            }
        } catch (LimitExceededException e) {
            assertTrue(e.limit() != null);
        } catch (RuntimeException e) {
            fail("advising threw " + e + " for: " + abbreviate(json), e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    @Test
    void mutatedCases_yieldAdviceOrADocumentedError() {
        Random r = new Random(20261126);
        for (int i = 0; i < 1500; i++) {
            StringBuilder s = new StringBuilder(seeds.get(r.nextInt(seeds.size())));
            int edits = 1 + r.nextInt(4);
            for (int k = 0; k < edits && s.length() > 0; k++) {
                int at = r.nextInt(s.length());
                switch (r.nextInt(4)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, ODD[r.nextInt(ODD.length)]);
                    case 2 -> s.setLength(at);
                    default -> s.replace(at, Math.min(s.length(), at + 1 + r.nextInt(8)), ODD[r.nextInt(ODD.length)]);
                }
            }
            check(s.toString());
        }
    }

    @Test
    void oddTextsInsideValidCases_yieldAdvice() {
        Random r = new Random(7);
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            int parts = r.nextInt(30);
            for (int k = 0; k < parts; k++) {
                text.append(ODD[r.nextInt(ODD.length)]).append(r.nextBoolean() ? " " : "");
            }
            SupportCase c = SupportCase.builder("F-" + i)
                    .customer(text.toString())
                    .agent(r.nextBoolean() ? "" : text.reverse().toString())
                    .draft(r.nextBoolean() ? null : text.toString())
                    .build();
            Advice a = coach.advise(c);
            for (DraftFinding f : a.draftFindings()) {
                assertEquals(c.draft().substring(f.start(), f.end()), f.text());
            }
        }
    }

    @Test
    void wrongTypes_areFormatErrorsNamingThePath() {
        String[] bad = {
            "{\"ticket\": {\"id\": \"X\"}, \"conversation\": {}}",
            "{\"ticket\": {\"id\": \"X\", \"reopenCount\": \"two\"}}",
            "{\"ticket\": {\"id\": \"X\", \"sla\": 5}}",
            "{\"ticket\": {\"id\": \"X\"}, \"conversation\": [{\"author\": \"customer\", \"at\": \"yesterday\"}]}",
            "{\"ticket\": {\"id\": \"X\"}, \"draft\": 42}",
            "{\"ticket\": {\"id\": \"X\"}, \"now\": true}",
            "[1, 2]",
            "{\"ticket\": null}",
        };
        for (String json : bad) {
            CaseFormatException e = assertThrows(CaseFormatException.class, () -> CaseJson.read(json), json);
            assertTrue(e.getMessage().startsWith("$"), e.getMessage());
        }
    }

    @Test
    void oneHugeMessage_isRejectedByDefaultAndAdvisedWhenAllowed() {
        String huge = "The VPN keeps dropping and I can't work. ".repeat(5_000_000 / 41);
        SupportCase c = SupportCase.builder("HUGE").customer(huge).build();
        LimitExceededException e = assertThrows(LimitExceededException.class, () -> coach.advise(c));
        assertEquals("maxMessageChars", e.limit());
        SupportCoach roomy = SupportCoach.builder().limits(new Limits(10, 10_000_000, 10_000, 20_000_000)).build();
        Advice a = roomy.advise(c);
        assertTrue(a.customerState().contains(CustomerState.BLOCKED));
    }

    @Test
    void emptyAndBlankTexts_yieldAdvice() {
        Advice a = coach.advise(SupportCase.builder("E").customer("").customer("   \n\t ").draft("   ").build());
        assertTrue(a.draftFindings().isEmpty());
        Advice none = coach.advise(SupportCase.builder("E2").build());
        assertTrue(none.recommendations().isEmpty());
    }
}
