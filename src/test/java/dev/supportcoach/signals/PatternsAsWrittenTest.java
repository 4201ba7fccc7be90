package dev.supportcoach.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Structure#logLine} uses patterns compiled once (and cheap guards before them), and
 * {@link Structure#technicalTerms} plain character scans, instead of regular expressions
 * compiled for every line or word; both must answer exactly what the {@code String.matches}
 * and {@code replaceAll} they replaced answer, on made-up words and lines and on every line of
 * every example and corpus case.
 */
class PatternsAsWrittenTest {
    /** The test as first written: four String.matches per line. */
    private static boolean strongBefore(String line) {
        return line.startsWith("```") || line.startsWith("<?xml") || line.startsWith("Traceback")
                || line.matches("(?s).*\\b\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}.*")
                || line.matches("(?s)at [\\w$.]+\\(.*\\).*") || line.matches("(?s)<[A-Za-z_][\\w.:-]*>.*</[\\w.:-]+>")
                || line.matches("(?s).*\\b\\w+(Exception|Error)\\b[:(].*");
    }

    /** technicalTerms as first written: six patterns compiled per word. */
    private static void termsBefore(String text, java.util.Set<String> out) {
        int i = 0;
        int to = text.length();
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < to && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String w = text.substring(s, i);
            String core = w.replaceAll("^[\\p{Punct}«»“”„‘’]+|[\\p{Punct}«»“”„‘’]+$", "");
            if (core.isEmpty() || core.startsWith("http") || core.startsWith("[")) {
                continue;
            }
            boolean tech = w.startsWith("`") || w.startsWith("--") && core.length() > 1
                    || core.matches("[A-Za-z]*[a-z][A-Z][A-Za-z]*") && core.length() >= 4
                    || core.matches("[A-Z]{3,6}")
                    || core.matches("[A-Za-z_][A-Za-z0-9]*[._][A-Za-z0-9_]+") && !core.matches("[a-z]\\.[a-z]")
                    || core.matches("v?\\d+\\.\\d+\\.\\d+.*");
            if (tech) {
                out.add(core.toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    private static void sameTerms(String text) {
        java.util.Set<String> before = new java.util.TreeSet<>();
        java.util.Set<String> now = new java.util.TreeSet<>();
        termsBefore(text, before);
        Structure.technicalTerms(text, 0, text.length(), now);
        assertEquals(before, now, () -> "text: " + text);
    }

    private static void same(String line) {
        String l = line.strip();
        if (l.length() >= 3) {
            assertEquals(strongBefore(l), Structure.logLine(l) == 2, () -> "line: " + l);
        }
    }

    @Test
    void madeUpLines() {
        for (String l : List.of("2024-03-01 12:00:01 ERROR failed", "at 2024-03-01T12:00 it broke", "2024-03-01 noon",
                "x2024-03-01 12:00", "at com.acme.Foo.bar(Foo.java:12)", "at home (mostly) fine", "at the office",
                "<b>bold</b>", "<b>bold", "< b>x</b>", "java.lang.NullPointerException: boom", "NullPointerException(",
                "an Error: disk", "Error: disk", "MyError:x", "ErrorX: y", "no error here", "Exceptional: day",
                "IOException at line", "``` code", "<?xml version", "Traceback (most recent call last):", "abc",
                "время 2024-01-02 10:15 ошибка", "ОшибкаError(", "\u00e9Exception: x")) {
            same(l);
            sameTerms(l);
        }
        sameTerms("Run `npm ci` then --dry-run on checkout.js (v1.18.0), see README and PostgreSQL; e.g. i.e. a.b «DNS»");
        for (String w : List.of("_a", "a_", "__a", "a._b", "x.y.z", "v1.2.3-rc", "1.2.3\u0085x", "vv1.2.3", "v1.2", "1..2.3",
                "!!!", "\u2014", "-", "--", "--x", "`x", "http://x.y", "[x.y]", "\u201Cx.y\u201D", "iOS", "ABCDEFG", "AB", "abC",
                "a.B", "\u00ABa_b\u00BB", "Ab1.c", "a1_", "x_.y", "\u00e9t\u00e9.x", "E.g", "a.b.", "...")) {
            sameTerms(w);
            sameTerms("(" + w + ")");
        }
    }

    @Test
    void everyLineOfTheExamplesAndTheCorpus() throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("examples"), Path.of("rules", "examples"), Path.of("..", "shared", "corpus"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
                }
            }
        }
        int lines = 0;
        for (Path f : files) {
            List<String> texts = new ArrayList<>();
            m.readTree(f.toFile()).findValues("text").forEach(t -> texts.add(t.asText()));
            m.readTree(f.toFile()).findValues("draft").forEach(t -> texts.add(t.asText()));
            for (String t : texts) {
                sameTerms(t);
                for (String l : t.split("\n")) {
                    same(l);
                    lines++;
                }
            }
        }
        assertTrue(lines > 1000, "read " + lines + " lines");
    }
}
