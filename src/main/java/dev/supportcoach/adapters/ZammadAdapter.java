package dev.supportcoach.adapters;

import dev.supportcoach.Author;
import dev.supportcoach.Channel;
import dev.supportcoach.Priority;
import dev.supportcoach.Status;
import dev.supportcoach.json.CaseJson;
import java.util.Locale;
import java.util.Map;

/**
 * Zammad. The payload joins {@code GET /api/v1/tickets/{id}?expand=true} (the {@code ticket})
 * and {@code GET /api/v1/ticket_articles/by_ticket/{id}?expand=true} (the {@code articles}):
 * with {@code expand=true} Zammad gives names ({@code "sender": "Customer"},
 * {@code "state": "open"}, {@code "priority": "2 normal"}) instead of ids. An article with
 * {@code internal: true} is a note; {@code content_type: text/html} bodies are turned into text.
 */
final class ZammadAdapter implements Helpdesk.Adapter {
    private static final Map<String, Priority> PRIORITY = CaseBuilder.table(
            "1 low", Priority.LOW, "2 normal", Priority.NORMAL, "3 high", Priority.HIGH);
    private static final Map<String, Status> STATE = CaseBuilder.table(
            "new", Status.NEW, "open", Status.OPEN, "pending reminder", Status.PENDING,
            "pending close", Status.PENDING, "closed", Status.CLOSED, "merged", Status.CLOSED);
    private static final Map<String, Channel> TYPE = CaseBuilder.table(
            "email", Channel.EMAIL, "web", Channel.WEB, "phone", Channel.PHONE, "chat", Channel.CHAT,
            "sms", Channel.CHAT, "note", null, "twitter status", Channel.SOCIAL,
            "twitter direct-message", Channel.SOCIAL, "facebook feed post", Channel.SOCIAL,
            "facebook feed comment", Channel.SOCIAL, "telegram personal-message", Channel.SOCIAL,
            "whatsapp message", Channel.SOCIAL);
    private static final Map<String, Author> SENDER = CaseBuilder.table(
            "customer", Author.CUSTOMER, "agent", Author.AGENT, "system", Author.SYSTEM);

    @Override
    public CaseJson.Parsed read(Node root) {
        Node t = root.require("ticket", "the ticket of GET /api/v1/tickets/{id}?expand=true").requireObject();
        CaseBuilder c = new CaseBuilder(root, t.has("number") ? t.get("number") : t.get("id"));
        c.ticket().subject(t.text("title"))
                .priority(c.map(t.get("priority"), PRIORITY))
                .status(c.map(t.get("state"), STATE))
                .createdAt(t.get("created_at").isoTime())
                .category(t.text("group"));
        if (t.has("create_article_type")) {
            c.ticket().channel(c.map(t.get("create_article_type"), TYPE));
        }
        String customerName = null;
        boolean channelFromArticle = !t.has("create_article_type");
        Node articles = root.require("articles", "the articles of GET /api/v1/ticket_articles/by_ticket/{id}?expand=true");
        for (Node a : articles.elements()) {
            a.requireObject();
            Node senderNode = a.get("sender");
            if (senderNode.isMissing()) {
                throw senderNode.error("missing: the sender's name (Customer, Agent, System); fetch the articles with ?expand=true");
            }
            Author author = SENDER.get(senderNode.text().strip().toLowerCase(Locale.ROOT));
            if (author == null) {
                c.warnings.add(senderNode.unknown("a system message"));
                author = Author.SYSTEM;
            }
            if (channelFromArticle && author == Author.CUSTOMER) {
                c.ticket().channel(c.map(a.get("type"), TYPE));
                channelFromArticle = false;
            }
            if (author == Author.CUSTOMER && customerName == null) {
                customerName = displayName(a.text("from"));
            }
            String body = a.text("body");
            String contentType = a.text("content_type");
            String text = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html")
                    ? Html.toText(body) : body;
            c.message(author, a.get("created_at").isoTime(), text, Boolean.TRUE.equals(a.get("internal").bool()));
        }
        c.ticket().customerName(customerName);
        return c.build(null);
    }

    /** {@code Anna Petrova <anna@example.com>} → {@code Anna Petrova}; a bare address gives {@code null}. */
    private static String displayName(String from) {
        if (from == null) {
            return null;
        }
        int lt = from.indexOf('<');
        String name = (lt >= 0 ? from.substring(0, lt) : from).replace("\"", "").strip();
        return name.isEmpty() || name.contains("@") ? null : name;
    }
}
