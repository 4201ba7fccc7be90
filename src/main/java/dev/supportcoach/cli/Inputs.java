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
 * Reads the cases of one input, a file or standard input, in order: a file holding one JSON
 * object (pretty-printed or not) is one case; a file whose first line is a whole JSON object is
 * JSON Lines, read line by line in constant memory.
 */
final class Inputs {
    /** One case's text, or the reason it could not be read, with where it came from. */
    record Item(String source, String json, String error) {
    }

    private Inputs() {
    }

    static void read(String name, Consumer<Item> sink) {
        try (InputStream in = "-".equals(name) ? System.in : Files.newInputStream(Path.of(name))) {
            read("-".equals(name) ? "<stdin>" : name, in, sink);
        } catch (IOException e) {
            sink.accept(new Item(name, null, "cannot read: " + e.getMessage()));
        }
    }

    static void read(String label, InputStream in, Consumer<Item> sink) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        int lineNo = 0;
        List<String> head = new ArrayList<>();
        // find the first non-blank line to decide between one document and JSON Lines
        while ((line = r.readLine()) != null) {
            lineNo++;
            head.add(line);
            if (!line.isBlank()) {
                break;
            }
        }
        if (line == null) {
            sink.accept(new Item(label, null, "empty input: expected a JSON case"));
            return;
        }
        String first = line.strip();
        boolean lines = label.endsWith(".jsonl") || label.endsWith(".ndjson");
        if (first.startsWith("\uFEFF")) {
            first = first.substring(1);
        }
        if (lines || first.startsWith("{") && Json.isWholeValue(first)) {
            sink.accept(new Item(label + ":" + lineNo, first, null));
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (!line.isBlank()) {
                    sink.accept(new Item(label + ":" + lineNo, line, null));
                }
            }
            return;
        }
        StringBuilder doc = new StringBuilder(String.join("\n", head));
        char[] buf = new char[1 << 14];
        int n;
        while ((n = r.read(buf)) > 0) {
            doc.append('\n').append(buf, 0, n);
        }
        sink.accept(new Item(label, doc.toString(), null));
    }
}
