package dev.supportcoach.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportcoach.Advice;
import dev.supportcoach.Author;
import dev.supportcoach.CaseFormatException;
import dev.supportcoach.Channel;
import dev.supportcoach.DraftFinding;
import dev.supportcoach.Evidence;
import dev.supportcoach.Message;
import dev.supportcoach.Priority;
import dev.supportcoach.Recommendation;
import dev.supportcoach.Sla;
import dev.supportcoach.Status;
import dev.supportcoach.SupportCase;
import dev.supportcoach.Ticket;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The JSON adapter: reads a case in the exchange format (see FORMAT.md) and writes advice as one
 * compact JSON object. Unknown fields are ignored; unknown values of {@code priority},
 * {@code status} and {@code channel} are read as unknown with a warning. Thread-safe.
 */
public final class CaseJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        // one message may legitimately be several megabytes; the Limits decide what is too big
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(64 * 1024 * 1024).maxNestingDepth(200).build());
    }

    private CaseJson() {
    }

    /**
     * A case read from JSON, with the warnings about values that were read as unknown.
     *
     * @param supportCase the case
     * @param warnings e.g. {@code ticket.priority: unknown value 'critical', read as unknown}
     */
    public record Parsed(SupportCase supportCase, List<String> warnings) {
        public Parsed {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads one case from a JSON text.
     *
     * @throws CaseFormatException on malformed JSON (with line and column) or a missing or
     *         mistyped field (with its JSON path)
     * @throws NullPointerException if {@code json} is {@code null}
     */
    public static Parsed read(String json) {
        Objects.requireNonNull(json, "json must not be null");
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1); // a byte-order mark is not part of the JSON
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNr();
            int col = loc == null ? 0 : loc.getColumnNr();
            throw new CaseFormatException("malformed JSON at line " + line + ", column " + col + ": "
                    + e.getOriginalMessage(), line, col, e);
        }
        if (node == null || node.isMissingNode()) {
            throw new CaseFormatException("empty input: expected a JSON object with a ticket", 1, 1, null);
        }
        return fromTree(node);
    }

    /** Reads one case from a parsed tree; a missing or mistyped field is named by its JSON path. */
    private static Parsed fromTree(JsonNode root) {
        List<String> warnings = new ArrayList<>();
        if (!root.isObject()) {
            throw bad("$", "expected a JSON object, found " + kind(root));
        }
        JsonNode t = root.get("ticket");
        if (t == null || t.isNull()) {
            throw bad("$.ticket", "missing: every case needs a ticket with an id");
        }
        if (!t.isObject()) {
            throw bad("$.ticket", "expected an object, found " + kind(t));
        }
        String id = text(t, "id", "$.ticket.id");
        if (id == null || id.isBlank()) {
            throw bad("$.ticket.id", "missing: every ticket needs an id");
        }
        Ticket.Builder tb = Ticket.builder(id)
                .subject(text(t, "subject", "$.ticket.subject"))
                .language(text(t, "language", "$.ticket.language"))
                .priority(enumValue(Priority.class, t, "priority", warnings))
                .status(enumValue(Status.class, t, "status", warnings))
                .channel(enumValue(Channel.class, t, "channel", warnings))
                .createdAt(instant(t.get("createdAt"), "$.ticket.createdAt"))
                .remoteAccess(bool(t.get("remoteAccess"), "$.ticket.remoteAccess"))
                .reopenCount(integer(t.get("reopenCount"), "$.ticket.reopenCount"))
                .escalationLevel(integer(t.get("escalationLevel"), "$.ticket.escalationLevel"))
                .category(text(t, "category", "$.ticket.category"));
        JsonNode customer = t.get("customer");
        if (customer != null && customer.isTextual()) {
            tb.customerName(customer.asText());
        } else if (customer != null && customer.isObject() && customer.path("name").isTextual()) {
            tb.customerName(customer.path("name").asText());
        }
        if (t.path("customerName").isTextual()) {
            tb.customerName(t.get("customerName").asText());
        }
        JsonNode sla = t.get("sla");
        if (sla != null && !sla.isNull()) {
            if (!sla.isObject()) {
                throw bad("$.ticket.sla", "expected an object, found " + kind(sla));
            }
            tb.sla(new Sla(optionalInt(sla.get("firstResponseMinutes"), "$.ticket.sla.firstResponseMinutes"),
                    optionalInt(sla.get("nextResponseMinutes"), "$.ticket.sla.nextResponseMinutes")));
        }

        List<Message> messages = new ArrayList<>();
        JsonNode conv = root.get("conversation");
        if (conv != null && !conv.isNull()) {
            if (!conv.isArray()) {
                throw bad("$.conversation", "expected an array of messages, found " + kind(conv));
            }
            for (int i = 0; i < conv.size(); i++) {
                String p = "$.conversation[" + i + "]";
                JsonNode m = conv.get(i);
                if (!m.isObject()) {
                    throw bad(p, "expected a message object, found " + kind(m));
                }
                String a = text(m, "author", p + ".author");
                if (a == null) {
                    throw bad(p + ".author", "missing: customer, agent or system");
                }
                Author author;
                try {
                    author = Author.valueOf(a.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    warnings.add(p + ".author: unknown value '" + a + "', read as a system message");
                    author = Author.SYSTEM;
                }
                String text = text(m, "text", p + ".text");
                Boolean internal = bool(m.get("internal"), p + ".internal");
                messages.add(new Message(author, instant(m.get("at"), p + ".at"), text == null ? "" : text,
                        Boolean.TRUE.equals(internal), text(m, "name", p + ".name"), text(m, "agentId", p + ".agentId")));
            }
        }
        JsonNode draft = root.get("draft");
        String draftText = null;
        if (draft != null && !draft.isNull()) {
            if (!draft.isTextual()) {
                throw bad("$.draft", "expected a string, found " + kind(draft));
            }
            draftText = draft.asText();
        }
        Instant now = instant(root.get("now"), "$.now");
        return new Parsed(new SupportCase(tb.build(), messages, draftText, now), warnings);
    }

    private static CaseFormatException bad(String path, String what) {
        return new CaseFormatException(path + ": " + what, 0, 0, null);
    }

    private static String kind(JsonNode n) {
        return n.isObject() ? "an object" : n.isArray() ? "an array" : n.isTextual() ? "a string"
                : n.isNumber() ? "a number" : n.isBoolean() ? "a boolean" : n.isNull() ? "null" : n.getNodeType().toString();
    }

    private static String text(JsonNode obj, String field, String path) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isNumber()) {
            return n.asText(); // an id given as a number is still an id
        }
        throw bad(path, "expected a string, found " + kind(n));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode t, String field, List<String> warnings) {
        String v = text(t, field, "$.ticket." + field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            warnings.add("ticket." + field + ": unknown value '" + v + "', read as unknown");
            return null;
        }
    }

    private static Instant instant(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw bad(path, "expected an ISO-8601 time such as 2026-11-20T09:00:00Z, found " + kind(n));
        }
        String s = n.asText().strip();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                throw bad(path, "not an ISO-8601 time: '" + s + "'");
            }
        }
    }

    private static Boolean bool(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            throw bad(path, "expected true or false, found " + kind(n));
        }
        return n.asBoolean();
    }

    private static int integer(JsonNode n, String path) {
        Integer v = optionalInt(n, path);
        return v == null ? 0 : v;
    }

    private static Integer optionalInt(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 0) {
            throw bad(path, "expected a whole number from 0 up, found " + (n.isNumber() ? n.asText() : kind(n)));
        }
        return n.asInt();
    }

    /** The advice as one compact JSON object (one line), fields in the order FORMAT.md gives. */
    public static String write(Advice advice) {
        return toTree(advice).toString();
    }

    private static ObjectNode toTree(Advice a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("ticketId", a.ticketId());
        o.put("language", a.language());
        ArrayNode states = o.putArray("customerState");
        a.customerState().forEach(s -> states.add(s.name()));
        ArrayNode recs = o.putArray("recommendations");
        for (Recommendation r : a.recommendations()) {
            ObjectNode n = recs.addObject();
            n.put("id", r.id());
            n.put("principle", r.principle().name());
            n.put("priority", r.priority());
            n.put("action", r.action());
            n.put("reason", r.reason());
            ArrayNode ev = n.putArray("evidence");
            for (Evidence e : r.evidence()) {
                ObjectNode en = ev.addObject();
                en.put("message", e.message());
                en.put("start", e.start());
                en.put("end", e.end());
                en.put("text", e.text());
            }
            n.put("phrasing", r.phrasing());
        }
        ArrayNode findings = o.putArray("draftFindings");
        for (DraftFinding f : a.draftFindings()) {
            ObjectNode n = findings.addObject();
            n.put("id", f.id());
            n.put("principle", f.principle().name());
            n.put("start", f.start());
            n.put("end", f.end());
            n.put("text", f.text());
            n.put("problem", f.problem());
            n.put("suggestion", f.suggestion());
            if (f.replacement() != null) {
                n.put("replacement", f.replacement());
            }
        }
        if (a.revisedDraft() != null) {
            o.put("revisedDraft", a.revisedDraft());
        }
        if (!a.warnings().isEmpty()) {
            ArrayNode w = o.putArray("warnings");
            a.warnings().forEach(w::add);
        }
        return o;
    }

    /**
     * The error object that stands in a batch's output for a case that could not be advised.
     *
     * @param source where the case came from, e.g. {@code cases.jsonl:17}
     * @param ticketId the ticket id when it could be read, else {@code null}
     * @param message what went wrong
     */
    public static String error(String source, String ticketId, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        if (ticketId != null) {
            o.put("ticketId", ticketId);
        }
        o.put("source", source);
        o.put("error", message);
        return o.toString();
    }

}
