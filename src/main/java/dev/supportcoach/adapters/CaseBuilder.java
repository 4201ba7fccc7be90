package dev.supportcoach.adapters;

import dev.supportcoach.Author;
import dev.supportcoach.Message;
import dev.supportcoach.SupportCase;
import dev.supportcoach.Ticket;
import dev.supportcoach.json.CaseJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** What every adapter does the same way: warnings, the message list, the draft and {@code now}. */
final class CaseBuilder {
    final List<String> warnings = new ArrayList<>();
    private final List<Message> messages = new ArrayList<>();
    private final Node root;
    private final Ticket.Builder ticket;

    /**
     * @param root the payload (its top-level {@code draft} and {@code now} are read too)
     * @param id the node holding the helpdesk's ticket id
     */
    CaseBuilder(Node root, Node id) {
        this.root = root;
        String ticketId = id.text();
        if (ticketId == null || ticketId.isBlank()) {
            throw id.error("missing: every ticket needs an id");
        }
        this.ticket = Ticket.builder(ticketId);
    }

    Ticket.Builder ticket() {
        return ticket;
    }

    void message(Author author, Instant at, String text, boolean internal) {
        messages.add(new Message(author, at, text, internal));
    }

    /** Maps a helpdesk value through {@code table} (keys lower case); unknown values are warned about and read as {@code null}. */
    <E> E map(Node value, Map<String, E> table) {
        String v = value.text();
        if (v == null || v.isBlank()) {
            return null;
        }
        String key = v.strip().toLowerCase(Locale.ROOT);
        if (table.containsKey(key)) {
            return table.get(key);
        }
        warnings.add(value.unknown("unknown"));
        return null;
    }

    /**
     * The language of a locale such as {@code ru-RU} or {@code pt_BR} ({@code ru}, {@code pt});
     * {@code null} (detect from the text) when it is not one. The engine keeps it when the rules
     * provide that language, and otherwise warns and detects.
     */
    static String language(String locale) {
        if (locale == null) {
            return null;
        }
        String l = locale.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return l.matches("[a-z]{2,3}") ? l : null;
    }

    /** A table from alternating keys and values; a value may be {@code null} (known, but means "not set"). */
    @SuppressWarnings("unchecked")
    static <E> Map<String, E> table(Object... pairs) {
        Map<String, E> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (E) pairs[i + 1]);
        }
        return m;
    }

    /**
     * The case: messages in time order when every message has a time (helpdesks differ in the
     * order they list them), else in the order given; the payload's own {@code draft} and
     * {@code now}, when present, win over {@code draftFromHelpdesk}.
     */
    CaseJson.Parsed build(String draftFromHelpdesk) {
        List<Message> ordered = new ArrayList<>(messages);
        if (ordered.stream().allMatch(m -> m.at() != null)) {
            ordered.sort(Comparator.comparing(Message::at)); // stable: equal times keep their order
        }
        Node draftNode = root.get("draft");
        String draft = draftNode.isMissing() ? draftFromHelpdesk : Objects.requireNonNullElse(draftNode.text(), "");
        Instant now = root.get("now").isoTime();
        return new CaseJson.Parsed(new SupportCase(ticket.build(), ordered, draft, now), warnings);
    }
}
