package dev.supportcoach.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportcoach.CaseFormatException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer in the RFC 9457 shape ({@code application/problem+json}): a type, a title,
 * the status, a detail for people and extension members for programs (line and column,
 * JSON path, the limit). Never a stack trace.
 */
final class Problem extends RuntimeException {
    static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final int status;
    final String type;
    final String title;
    final Map<String, Object> extensions = new LinkedHashMap<>();

    Problem(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    Problem with(String key, Object value) {
        if (value != null) {
            extensions.put(key, value);
        }
        return this;
    }

    static Problem malformed(CaseFormatException e) {
        return new Problem(400, "malformed-json", "Malformed JSON", e.getMessage())
                .with("line", e.line()).with("column", e.column());
    }

    static Problem invalid(CaseFormatException e) {
        String msg = e.getMessage();
        String path = msg.startsWith("$") && msg.contains(": ") ? msg.substring(0, msg.indexOf(": ")) : null;
        return new Problem(422, "invalid-case", "Invalid case", msg).with("path", path);
    }

    /** A case that could not be read: malformed JSON (400) or a bad field (422). */
    static Problem of(CaseFormatException e) {
        return e.line() > 0 ? malformed(e) : invalid(e);
    }

    String json(String instance) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", "/problems/" + type);
        o.put("title", title);
        o.put("status", status);
        o.put("detail", getMessage());
        if (instance != null) {
            o.put("instance", instance);
        }
        extensions.forEach((k, v) -> o.set(k, MAPPER.valueToTree(v)));
        return o.toString();
    }
}
