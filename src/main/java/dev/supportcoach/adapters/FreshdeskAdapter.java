package dev.supportcoach.adapters;

import dev.supportcoach.Author;
import dev.supportcoach.Channel;
import dev.supportcoach.Priority;
import dev.supportcoach.Status;
import dev.supportcoach.json.CaseJson;
import java.util.Map;

/**
 * Freshdesk. The payload is the ticket of {@code GET /api/v2/tickets/{id}?include=conversations,requester}:
 * the ticket's {@code description} is the customer's first message, {@code conversations}
 * holds the replies and notes that followed. A conversation with {@code incoming: true}, or
 * written by the ticket's requester, is the customer's; {@code private: true} is a note.
 * Priority, status and source are numbers in the API.
 */
final class FreshdeskAdapter implements Helpdesk.Adapter {
    private static final Map<String, Priority> PRIORITY = CaseBuilder.table(
            "1", Priority.LOW, "2", Priority.NORMAL, "3", Priority.HIGH, "4", Priority.URGENT);
    private static final Map<String, Status> STATUS = CaseBuilder.table(
            "2", Status.OPEN, "3", Status.PENDING, "4", Status.SOLVED, "5", Status.CLOSED);
    private static final Map<String, Channel> SOURCE = CaseBuilder.table(
            "1", Channel.EMAIL, "2", Channel.WEB, "3", Channel.PHONE, "5", Channel.SOCIAL, "6", Channel.SOCIAL,
            "7", Channel.CHAT, "9", Channel.WEB, "10", Channel.EMAIL);

    @Override
    public CaseJson.Parsed read(Node root) {
        Node t = root.has("ticket") ? root.get("ticket").requireObject() : root;
        CaseBuilder c = new CaseBuilder(root, t.get("id"));
        String requester = t.text("requester_id");
        Node requesterNode = t.get("requester");
        c.ticket().subject(t.text("subject"))
                .priority(c.map(t.get("priority"), PRIORITY))
                .status(c.map(t.get("status"), STATUS))
                .channel(c.map(t.get("source"), SOURCE))
                .createdAt(t.get("created_at").isoTime())
                .category(t.text("type"));
        if (!requesterNode.isMissing()) {
            c.ticket().customerName(requesterNode.requireObject().text("name"));
        }

        String description = t.has("description") ? Html.toText(t.text("description")) : t.text("description_text");
        if (description != null && !description.isBlank()) {
            c.message(Author.CUSTOMER, t.get("created_at").isoTime(), description, false);
        }
        Node conversations = t.require("conversations", "fetch the ticket with ?include=conversations");
        for (Node m : conversations.elements()) {
            m.requireObject();
            boolean internal = Boolean.TRUE.equals(m.get("private").bool());
            Boolean incoming = m.get("incoming").bool();
            String user = m.text("user_id");
            Author author = !internal && (Boolean.TRUE.equals(incoming) || user != null && user.equals(requester))
                    ? Author.CUSTOMER : Author.AGENT;
            String text = m.has("body") ? Html.toText(m.text("body")) : m.text("body_text");
            c.message(author, m.get("created_at").isoTime(), text, internal);
        }
        return c.build(null);
    }
}
