package dev.supportcoach.adapters;

import dev.supportcoach.Author;
import dev.supportcoach.Channel;
import dev.supportcoach.Status;
import dev.supportcoach.json.CaseJson;
import java.util.Locale;
import java.util.Map;

/**
 * Help Scout (Mailbox API 2.0). The payload is the conversation of
 * {@code GET /v2/conversations/{id}?embed=threads}, threads under {@code _embedded.threads}
 * (Help Scout lists them newest first; they are put in time order). A thread of type
 * {@code customer} is the customer's, {@code reply} and {@code message} the agents',
 * {@code note} an internal note; {@code chat} and {@code phone} threads go by
 * {@code createdBy.type} ({@code customer} or {@code user}); {@code lineitem} threads are
 * activity, not messages. A thread in state {@code draft} is the agent's unsent reply.
 * Help Scout has no priority.
 */
final class HelpScoutAdapter implements Helpdesk.Adapter {
    private static final Map<String, Status> STATUS = CaseBuilder.table(
            "active", Status.OPEN, "open", Status.OPEN, "pending", Status.PENDING, "closed", Status.CLOSED);
    private static final Map<String, Channel> TYPE = CaseBuilder.table(
            "email", Channel.EMAIL, "chat", Channel.CHAT, "phone", Channel.PHONE);
    private static final Map<String, Author> CREATED_BY = CaseBuilder.table(
            "customer", Author.CUSTOMER, "user", Author.AGENT);

    @Override
    public CaseJson.Parsed read(Node root) {
        CaseBuilder c = new CaseBuilder(root, root.has("number") ? root.get("number") : root.get("id"));
        c.ticket().subject(root.text("subject"))
                .status(c.map(root.get("status"), STATUS))
                .channel(c.map(root.get("type"), TYPE))
                .createdAt(root.get("createdAt").isoTime());
        Node customer = root.has("primaryCustomer") ? root.get("primaryCustomer") : root.get("customer");
        if (customer.isObject()) {
            String name = ((customer.text("first") == null ? "" : customer.text("first")) + " "
                    + (customer.text("last") == null ? "" : customer.text("last"))).strip();
            c.ticket().customerName(name.isEmpty() ? null : name);
        }

        Node embedded = root.require("_embedded", "fetch the conversation with ?embed=threads").requireObject();
        String draft = null;
        for (Node th : embedded.require("threads", "fetch the conversation with ?embed=threads").elements()) {
            th.requireObject();
            Node typeNode = th.require("type", "customer, reply, message, note, chat, phone or lineitem");
            String type = typeNode.text().strip().toLowerCase(Locale.ROOT);
            String text = Html.toText(th.text("body"));
            if ("draft".equalsIgnoreCase(String.valueOf(th.text("state")))) {
                draft = text;
                continue;
            }
            boolean internal = false;
            Author author;
            switch (type) {
                case "lineitem" -> {
                    continue; // "assigned to ...", "marked as pending": activity, not a message
                }
                case "customer" -> author = Author.CUSTOMER;
                case "reply", "message" -> author = Author.AGENT;
                case "note", "forwardparent", "forwardchild" -> {
                    author = Author.AGENT;
                    internal = true;
                }
                case "chat", "phone" -> {
                    Node by = th.require("createdBy", "who wrote the thread").get("type");
                    author = c.map(by, CREATED_BY);
                    if (author == null) {
                        author = Author.SYSTEM;
                    }
                }
                default -> {
                    c.warnings.add(typeNode.unknown("a system message"));
                    author = Author.SYSTEM;
                }
            }
            c.message(author, th.get("createdAt").isoTime(), text, internal);
        }
        return c.build(draft);
    }
}
