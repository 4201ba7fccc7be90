package dev.supportcoach.adapters;

import dev.supportcoach.Author;
import dev.supportcoach.Channel;
import dev.supportcoach.Priority;
import dev.supportcoach.Status;
import dev.supportcoach.json.CaseJson;
import java.util.HashMap;
import java.util.Map;

/**
 * Zendesk Support. The payload joins two responses of the Support API:
 * {@code GET /api/v2/tickets/{id}.json} (the {@code ticket}) and
 * {@code GET /api/v2/tickets/{id}/comments.json?include=users} (the {@code comments} and the
 * side-loaded {@code users}). An author's {@code role} tells the customer ({@code end-user})
 * from the agents ({@code agent}, {@code admin}); a comment with {@code public: false} is a
 * private note.
 */
final class ZendeskAdapter implements Helpdesk.Adapter {
    private static final Map<String, Priority> PRIORITY = CaseBuilder.table(
            "low", Priority.LOW, "normal", Priority.NORMAL, "high", Priority.HIGH, "urgent", Priority.URGENT);
    private static final Map<String, Status> STATUS = CaseBuilder.table(
            "new", Status.NEW, "open", Status.OPEN, "pending", Status.PENDING, "hold", Status.PENDING,
            "solved", Status.SOLVED, "closed", Status.CLOSED);
    private static final Map<String, Channel> CHANNEL = CaseBuilder.table(
            "email", Channel.EMAIL, "web", Channel.WEB, "mobile", Channel.WEB, "mobile_sdk", Channel.WEB,
            "chat", Channel.CHAT, "native_messaging", Channel.CHAT, "sms", Channel.CHAT,
            "voice", Channel.PHONE, "twitter", Channel.SOCIAL, "facebook", Channel.SOCIAL,
            "instagram_dm", Channel.SOCIAL, "whatsapp", Channel.SOCIAL, "api", null);
    private static final Map<String, Author> ROLE = CaseBuilder.table(
            "end-user", Author.CUSTOMER, "agent", Author.AGENT, "admin", Author.AGENT);

    @Override
    public CaseJson.Parsed read(Node root) {
        Node t = root.require("ticket", "the ticket object of GET /api/v2/tickets/{id}.json").requireObject();
        CaseBuilder c = new CaseBuilder(root, t.get("id"));
        String requester = t.text("requester_id");

        Map<String, Node> users = new HashMap<>();
        Node usersNode = root.get("users");
        for (Node u : usersNode.elements()) {
            users.put(u.requireObject().require("id", "a side-loaded user needs an id").text(), u);
        }
        Node requesterUser = requester == null ? null : users.get(requester);
        c.ticket().subject(t.text("subject"))
                .priority(c.map(t.get("priority"), PRIORITY))
                .status(c.map(t.get("status"), STATUS))
                .channel(c.map(t.get("via").get("channel"), CHANNEL))
                .createdAt(t.get("created_at").isoTime());
        if (requesterUser != null) {
            c.ticket().customerName(requesterUser.text("name"))
                    .language(CaseBuilder.language(requesterUser.text("locale")));
        }

        Node comments = root.require("comments", "the comments of GET /api/v2/tickets/{id}/comments.json");
        boolean warnedNoUsers = false;
        for (Node m : comments.elements()) {
            m.requireObject();
            Node authorId = m.require("author_id", "every comment has an author_id");
            String id = authorId.text();
            Author author;
            Node user = users.get(id);
            if ("-1".equals(id)) {
                author = Author.SYSTEM; // Zendesk writes -1 for comments made by the system
            } else if (user != null) {
                Node role = user.get("role");
                author = ROLE.get(String.valueOf(role.text()).toLowerCase(java.util.Locale.ROOT));
                if (author == null) {
                    c.warnings.add(role.unknown("a system message"));
                    author = Author.SYSTEM;
                }
            } else {
                author = id.equals(requester) ? Author.CUSTOMER : Author.AGENT;
                if (usersNode.isMissing() && !warnedNoUsers) {
                    c.warnings.add("$.users: missing, so authors were told apart by the ticket's requester_id"
                            + " (fetch the comments with ?include=users)");
                    warnedNoUsers = true;
                } else if (!usersNode.isMissing()) {
                    c.warnings.add(authorId.path() + ": user " + id + " is not among the side-loaded users; read as "
                            + (author == Author.CUSTOMER ? "the customer (the requester)" : "an agent"));
                }
            }
            Boolean isPublic = m.get("public").bool();
            String text = m.has("html_body") ? Html.toText(m.text("html_body"))
                    : m.has("plain_body") ? m.text("plain_body") : m.text("body");
            c.message(author, m.get("created_at").isoTime(), text, Boolean.FALSE.equals(isPublic));
        }
        return c.build(null);
    }
}
