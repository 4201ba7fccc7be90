package dev.supportcoach.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Writes N finished conversations as JSON Lines for the audit benchmark: realistic texts from
 * the rule examples (BenchCases' pools), 4 to 10 messages each with 2 to 5 agent replies, both
 * languages, one of eight agents (name and agentId) per reply, spread over half a year of
 * ISO weeks. A fixed seed: the same file every time. Usage: {@code AuditBatchFile N OUT.jsonl}.
 */
public final class AuditBatchFile {
    private static final String[][] AGENTS = {{"a1", "Anna"}, {"a2", "Ben"}, {"a3", "Chloé"}, {"a4", "Dmitri"},
            {"a5", "Елена"}, {"a6", "Фёдор"}, {"a7", "Gita"}, {"a8", "Hugo"}};

    private AuditBatchFile() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        ObjectMapper m = new ObjectMapper();
        BenchCases.Pool en = BenchCases.pool("en");
        BenchCases.Pool ru = BenchCases.pool("ru");
        Random r = new Random(15);
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                boolean russian = r.nextInt(3) == 0;
                BenchCases.Pool p = russian ? ru : en;
                Instant t = start.plus(Duration.ofMinutes(r.nextInt(26 * 7 * 24 * 60)));
                ObjectNode c = m.createObjectNode();
                c.putObject("ticket").put("id", "AUD-" + i).put("language", russian ? "ru" : "en")
                        .put("createdAt", t.toString()).put("status", "solved");
                ArrayNode conv = c.putArray("conversation");
                int messages = 4 + r.nextInt(7);
                String[] agent = AGENTS[r.nextInt(AGENTS.length)];
                for (int k = 0; k < messages; k++) {
                    boolean customer = k % 2 == 0;
                    ObjectNode msg = conv.addObject().put("author", customer ? "customer" : "agent").put("at", t.toString());
                    if (customer) {
                        msg.put("text", p.customer().get(r.nextInt(p.customer().size())));
                    } else {
                        if (r.nextInt(6) == 0) {
                            agent = AGENTS[r.nextInt(AGENTS.length)]; // a hand-off
                        }
                        String text = r.nextInt(3) == 0 ? p.drafts().get(r.nextInt(p.drafts().size())) : p.agent().get(r.nextInt(p.agent().size()));
                        msg.put("text", text).put("name", agent[1]).put("agentId", agent[0]);
                    }
                    t = t.plus(Duration.ofMinutes(2 + r.nextInt(90)));
                }
                w.write(m.writeValueAsString(c));
                w.newLine();
            }
        }
        System.out.println("wrote " + n + " conversations to " + args[1]);
    }
}
