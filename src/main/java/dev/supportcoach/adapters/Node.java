package dev.supportcoach.adapters;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.supportcoach.CaseFormatException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON value that knows its JSON path, so that every error names the field it is about.
 * Absent fields and JSON {@code null} read the same: as missing.
 */
final class Node {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(64 * 1024 * 1024).maxNestingDepth(200).build());
    }

    private final JsonNode json;
    private final String path;

    private Node(JsonNode json, String path) {
        this.json = json == null ? MissingNode.getInstance() : json;
        this.path = path;
    }

    /** Parses a JSON text; malformed JSON fails with its line and column. */
    static Node parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNr();
            int col = loc == null ? 0 : loc.getColumnNr();
            throw new CaseFormatException("malformed JSON at line " + line + ", column " + col + ": "
                    + e.getOriginalMessage(), line, col, e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new CaseFormatException("empty input: expected a JSON object", 1, 1, null);
        }
        return new Node(tree, "$").requireObject();
    }

    String path() {
        return path;
    }

    boolean isMissing() {
        return json.isMissingNode() || json.isNull();
    }

    boolean isObject() {
        return json.isObject();
    }

    boolean isArray() {
        return json.isArray();
    }

    boolean has(String field) {
        return !get(field).isMissing();
    }

    /** The field, possibly missing. */
    Node get(String field) {
        return new Node(json.get(field), path + "." + field);
    }

    /** The field, which must be present. */
    Node require(String field, String what) {
        Node n = get(field);
        if (n.isMissing()) {
            throw n.error("missing: " + what);
        }
        return n;
    }

    Node requireObject() {
        if (!json.isObject()) {
            throw error("expected an object, found " + kind());
        }
        return this;
    }

    /** The elements of this array; a missing value is an empty list. */
    List<Node> elements() {
        if (isMissing()) {
            return List.of();
        }
        if (!json.isArray()) {
            throw error("expected an array, found " + kind());
        }
        List<Node> out = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            out.add(new Node(json.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    /** This value as text: a string, or a number written out (ids are often numbers); {@code null} when missing. */
    String text() {
        if (isMissing()) {
            return null;
        }
        if (json.isTextual() || json.isNumber()) {
            return json.asText();
        }
        throw error("expected a string, found " + kind());
    }

    String text(String field) {
        return get(field).text();
    }

    /** A whole number, or {@code null} when missing. */
    Long number() {
        if (isMissing()) {
            return null;
        }
        if (json.isIntegralNumber() && json.canConvertToLong()) {
            return json.asLong();
        }
        if (json.isTextual() && json.asText().strip().matches("-?\\d{1,18}")) {
            return Long.parseLong(json.asText().strip());
        }
        throw error("expected a whole number, found " + kind());
    }

    Boolean bool() {
        if (isMissing()) {
            return null;
        }
        if (!json.isBoolean()) {
            throw error("expected true or false, found " + kind());
        }
        return json.asBoolean();
    }

    /** An ISO-8601 time string, or {@code null} when missing. */
    Instant isoTime() {
        String s = text();
        if (s == null || s.isBlank()) {
            return null;
        }
        if (!json.isTextual()) {
            throw error("expected an ISO-8601 time such as 2026-11-20T09:00:00Z, found " + kind());
        }
        try {
            return Instant.parse(s.strip());
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s.strip()).toInstant();
            } catch (DateTimeParseException e2) {
                throw error("not an ISO-8601 time: '" + s + "'");
            }
        }
    }

    /** A Unix time in seconds, or {@code null} when missing. */
    Instant epochSeconds() {
        if (isMissing()) {
            return null;
        }
        if (!json.isIntegralNumber()) {
            throw error("expected a Unix time in seconds, found " + kind());
        }
        return Instant.ofEpochSecond(json.asLong());
    }

    CaseFormatException error(String what) {
        return new CaseFormatException(path + ": " + what, 0, 0, null);
    }

    /** A warning about a value read as unknown. */
    String unknown(String readAs) {
        return path + ": unknown value '" + json.asText() + "', read as " + readAs;
    }

    private String kind() {
        return json.isObject() ? "an object" : json.isArray() ? "an array" : json.isTextual() ? "a string"
                : json.isNumber() ? "a number" : json.isBoolean() ? "a boolean" : json.isNull() ? "null" : "nothing";
    }
}
