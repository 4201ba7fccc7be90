package dev.supportcoach.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the cases of one input, a file or standard input, in order, so that no case is lost:
 * <ul>
 *   <li>JSON Lines, one case a line, read in constant memory: with {@code --jsonl}, for files
 *       named {@code .jsonl} or {@code .ndjson}, and for any input whose first line is a whole
 *       JSON object;</li>
 *   <li>otherwise one JSON document (pretty-printed or not) is one case;</li>
 *   <li>when that document does not parse and some line of the input is a whole JSON object,
 *       the input is JSON Lines after all (its first line was broken): every line gets its
 *       answer or its error, in place. The switch happens as soon as both are known, so a long
 *       stream is not held in memory.</li>
 * </ul>
 * A document that does not parse and holds no case line is one error, with its line and column.
 */
final class Inputs {
    /** One case's text, or the reason it could not be read, with where it came from. */
    record Item(String source, String json, String error) {
    }

    /** One line of input and its number, from 1. */
    private record Line(int number, String text) {
    }

    private Inputs() {
    }

    /** Reads {@code name}, a file or {@code -} for standard input, choosing lines or a document as described above. */
    static void read(String name, Consumer<Item> sink) {
        read(name, false, sink);
    }

    /**
     * Reads {@code name}, a file or {@code -} for standard input.
     *
     * @param lines {@code true} to read every line as one case ({@code --jsonl})
     */
    static void read(String name, boolean lines, Consumer<Item> sink) {
        try (InputStream in = "-".equals(name) ? System.in : Files.newInputStream(Path.of(name))) {
            read("-".equals(name) ? "<stdin>" : name, in, lines, sink);
        } catch (IOException e) {
            sink.accept(new Item(name, null, "cannot read: " + e.getMessage()));
        }
    }

    static void read(String label, InputStream in, boolean lines, Consumer<Item> sink) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        List<Line> head = new ArrayList<>();
        String text;
        int number = 0;
        // the first non-blank line, with the blank ones before it (they count for line numbers)
        while ((text = r.readLine()) != null) {
            number++;
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            head.add(new Line(number, text));
            if (!text.isBlank()) {
                break;
            }
        }
        if (text == null) {
            sink.accept(new Item(label, null, "empty input: expected a JSON case"));
            return;
        }
        if (lines || label.endsWith(".jsonl") || label.endsWith(".ndjson") || isCaseLine(text)) {
            lines(label, head, r, number, sink);
            return;
        }
        document(label, head, r, number, sink);
    }

    /** Every non-blank line is a case: first the lines read already, then the rest of {@code r}. */
    private static void lines(String label, List<Line> read, BufferedReader r, int number, Consumer<Item> sink) throws IOException {
        for (Line l : read) {
            if (!l.text().isBlank()) {
                sink.accept(new Item(label + ":" + l.number(), l.text().strip(), null));
            }
        }
        String text;
        while ((text = r.readLine()) != null) {
            number++;
            if (!text.isBlank()) {
                sink.accept(new Item(label + ":" + number, text.strip(), null));
            }
        }
    }

    /** One document, unless it breaks and a line of the input is a case of its own: then lines. */
    private static void document(String label, List<Line> head, BufferedReader r, int number, Consumer<Item> sink) throws IOException {
        Json.DocumentScanner doc = new Json.DocumentScanner();
        List<Line> read = new ArrayList<>(head);
        boolean caseLine = false;
        for (Line l : head) {
            doc.feed(l.text());
        }
        String text;
        while ((text = r.readLine()) != null) {
            number++;
            read.add(new Line(number, text));
            doc.feed(text);
            caseLine |= isCaseLine(text);
            if (doc.broken() && caseLine) {
                lines(label, read, r, number, sink);
                return;
            }
        }
        doc.end();
        if (doc.broken() && caseLine) {
            lines(label, read, r, number, sink);
            return;
        }
        // a sound document, or a broken one with no case line: one case, or one error naming the place
        StringBuilder sb = new StringBuilder();
        for (Line l : read) {
            sb.append(l.text()).append('\n');
        }
        sink.accept(new Item(label, sb.toString(), null));
    }

    /** A line that is one whole JSON object by itself. */
    private static boolean isCaseLine(String text) {
        String s = text.strip();
        return s.startsWith("{") && Json.isWholeValue(s);
    }
}
