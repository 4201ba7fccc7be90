package dev.supportcoach.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.supportcoach.Message;
import dev.supportcoach.SupportCase;
import dev.supportcoach.Ticket;
import java.util.List;
import java.util.Locale;

/** A case in the exchange format (docs/format.md), as {@code POST /v1/convert} returns it. */
final class CaseWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CaseWriter() {
    }

    static String write(SupportCase c, List<String> warnings) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode out = root.putObject("case");
        Ticket t = c.ticket();
        ObjectNode tn = out.putObject("ticket");
        tn.put("id", t.id());
        putIf(tn, "subject", t.subject());
        putIf(tn, "language", t.language());
        putIf(tn, "priority", t.priority() == null ? null : t.priority().name().toLowerCase(Locale.ROOT));
        putIf(tn, "status", t.status() == null ? null : t.status().name().toLowerCase(Locale.ROOT));
        putIf(tn, "channel", t.channel() == null ? null : t.channel().name().toLowerCase(Locale.ROOT));
        putIf(tn, "createdAt", t.createdAt() == null ? null : t.createdAt().toString());
        if (t.remoteAccess() != null) {
            tn.put("remoteAccess", t.remoteAccess());
        }
        tn.put("reopenCount", t.reopenCount());
        tn.put("escalationLevel", t.escalationLevel());
        if (t.sla().firstResponseMinutes() != null || t.sla().nextResponseMinutes() != null) {
            ObjectNode sla = tn.putObject("sla");
            if (t.sla().firstResponseMinutes() != null) {
                sla.put("firstResponseMinutes", t.sla().firstResponseMinutes());
            }
            if (t.sla().nextResponseMinutes() != null) {
                sla.put("nextResponseMinutes", t.sla().nextResponseMinutes());
            }
        }
        putIf(tn, "customerName", t.customerName());
        putIf(tn, "category", t.category());
        ArrayNode conv = out.putArray("conversation");
        for (Message m : c.conversation()) {
            ObjectNode mn = conv.addObject();
            mn.put("author", m.author().name().toLowerCase(Locale.ROOT));
            putIf(mn, "at", m.at() == null ? null : m.at().toString());
            mn.put("text", m.text());
            mn.put("internal", m.internal());
        }
        putIf(out, "draft", c.draft());
        putIf(out, "now", c.now() == null ? null : c.now().toString());
        ArrayNode w = root.putArray("warnings");
        warnings.forEach(w::add);
        return root.toString();
    }

    private static void putIf(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
