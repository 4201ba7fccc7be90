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
 * {@link Structure#logLine} reads a line as surely machine output with precompiled patterns and
 * cheap guards; it must say exactly what the plain {@code String.matches} it replaced says, on
 * made-up lines and on every line of every example and corpus case.
 */
class LogLineTest {
    /** The test as first written: four String.matches per line. */
    private static boolean strongBefore(String line) {
        return line.startsWith("```") || line.startsWith("<?xml") || line.startsWith("Traceback")
                || line.matches("(?s).*\\b\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}.*")
                || line.matches("(?s)at [\\w$.]+\\(.*\\).*") || line.matches("(?s)<[A-Za-z_][\\w.:-]*>.*</[\\w.:-]+>")
                || line.matches("(?s).*\\b\\w+(Exception|Error)\\b[:(].*");
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
                for (String l : t.split("\n")) {
                    same(l);
                    lines++;
                }
            }
        }
        assertTrue(lines > 1000, "read " + lines + " lines");
    }
}
