package dev.supportcoach.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Small JSON checks for the CLI's input reading. */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** {@code true} when {@code text} is exactly one complete JSON value. */
    static boolean isWholeValue(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Follows one JSON document fed a line at a time, without holding it: tells as soon as it
     * is broken (a syntax error, or more after the first value). Jackson's non-blocking parser.
     */
    static final class DocumentScanner {
        private final JsonParser parser;
        private int depth;
        private boolean complete;
        private boolean broken;

        DocumentScanner() {
            try {
                parser = FACTORY.createNonBlockingByteArrayParser();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Feeds one line (its line break is added). */
        void feed(String line) {
            if (broken) {
                return;
            }
            byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
            try {
                ((ByteArrayFeeder) parser.getNonBlockingInputFeeder()).feedInput(bytes, 0, bytes.length);
            } catch (IOException e) {
                broken = true;
                return;
            }
            drain();
        }

        /** The input is over: a document still open is broken. */
        void end() {
            if (!broken) {
                ((ByteArrayFeeder) parser.getNonBlockingInputFeeder()).endOfInput();
                drain();
            }
            broken |= !complete;
        }

        /** {@code true} once the input cannot be one JSON value. */
        boolean broken() {
            return broken;
        }

        private void drain() {
            try {
                JsonToken t;
                while (!broken && (t = parser.nextToken()) != null && t != JsonToken.NOT_AVAILABLE) {
                    if (complete) {
                        broken = true; // a second value after the first
                    } else if (t.isStructStart()) {
                        depth++;
                    } else if (t.isStructEnd()) {
                        depth--;
                    }
                    complete |= !broken && depth == 0;
                }
            } catch (IOException e) {
                broken = true;
            }
        }
    }
}
