package dev.supportcoach.adapters;

import dev.supportcoach.Author;
import dev.supportcoach.Channel;
import dev.supportcoach.Priority;
import dev.supportcoach.Status;
import dev.supportcoach.json.CaseJson;
import java.util.Locale;
import java.util.Map;

/**
 * Intercom. The payload is the conversation of {@code GET /conversations/{id}}: its
 * {@code source} is the first message, {@code conversation_parts.conversation_parts} the ones
 * that followed. An author of type {@code user}, {@code contact} or {@code lead} is the
 * customer; {@code admin}, {@code team} and {@code bot} speak for the company. A part of type
 * {@code note} is internal; parts without a body (assignments, state changes) are not messages.
 * Times are Unix seconds; bodies are HTML.
 */
final class IntercomAdapter implements Helpdesk.Adapter {
    private static final Map<String, Status> STATE = CaseBuilder.table(
            "open", Status.OPEN, "snoozed", Status.PENDING, "closed", Status.CLOSED);
    private static final Map<String, Priority> PRIORITY = CaseBuilder.table(
            "priority", Priority.HIGH, "not_priority", null);
    private static final Map<String, Channel> SOURCE = CaseBuilder.table(
            "conversation", Channel.CHAT, "email", Channel.EMAIL, "phone_call", Channel.PHONE,
            "phone_switch", Channel.PHONE, "sms", Channel.CHAT, "facebook", Channel.SOCIAL,
            "instagram", Channel.SOCIAL, "twitter", Channel.SOCIAL, "whatsapp", Channel.SOCIAL, "push", null);
    private static final Map<String, Author> AUTHOR = CaseBuilder.table(
            "user", Author.CUSTOMER, "contact", Author.CUSTOMER, "lead", Author.CUSTOMER,
            "admin", Author.AGENT, "team", Author.AGENT, "bot", Author.AGENT);

    @Override
    public CaseJson.Parsed read(Node root) {
        CaseBuilder c = new CaseBuilder(root, root.get("id"));
        Node source = root.require("source", "the message that opened the conversation").requireObject();
        c.ticket().subject(root.has("title") ? root.text("title") : source.text("subject"))
                .status(c.map(root.get("state"), STATE))
                .priority(c.map(root.get("priority"), PRIORITY))
                .channel(c.map(source.get("type"), SOURCE))
                .createdAt(root.get("created_at").epochSeconds());

        Node sourceAuthor = source.require("author", "who wrote the first message").requireObject();
        Author first = author(sourceAuthor, c);
        if (first == Author.CUSTOMER) {
            c.ticket().customerName(sourceAuthor.text("name"));
        }
        c.message(first, root.get("created_at").epochSeconds(), Html.toText(source.text("body")), false);

        Node parts = root.get("conversation_parts");
        Node list = parts.isObject() ? parts.require("conversation_parts", "the list of parts") : parts;
        for (Node p : list.elements()) {
            p.requireObject();
            String body = p.text("body");
            if (body == null || body.isBlank()) {
                continue; // an assignment, a state change: not a message
            }
            String type = String.valueOf(p.text("part_type")).toLowerCase(Locale.ROOT);
            Author a = author(p.require("author", "who wrote this part").requireObject(), c);
            c.message(a, p.get("created_at").epochSeconds(), Html.toText(body), "note".equals(type));
        }
        return c.build(null);
    }

    private static Author author(Node author, CaseBuilder c) {
        Node type = author.require("type", "user, contact, lead, admin, team or bot");
        Author a = AUTHOR.get(type.text().strip().toLowerCase(Locale.ROOT));
        if (a == null) {
            c.warnings.add(type.unknown("a system message"));
            return Author.SYSTEM;
        }
        return a;
    }
}
