package dev.supportcoach.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supportcoach.Author;
import dev.supportcoach.Message;
import dev.supportcoach.Sla;
import dev.supportcoach.SupportCase;
import dev.supportcoach.Ticket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Benchmark cases built from realistic text: the customer messages, agent replies and drafts
 * of the rule examples (rules/examples/*.json), drawn with a fixed seed into conversations of
 * the wanted length, alternating customer and agent as real threads do.
 */
public final class BenchCases {
    private BenchCases() {
    }

    /** Sentences of one language, by author. */
    record Pool(List<String> customer, List<String> agent, List<String> drafts) {
    }

    static Pool pool(String lang) {
        ObjectMapper m = new ObjectMapper();
        List<String> customer = new ArrayList<>();
        List<String> agent = new ArrayList<>();
        List<String> drafts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rules/examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode ex : m.readTree(f.toFile()).path("examples")) {
                    JsonNode c = ex.path("case");
                    if (!lang.equals(c.path("ticket").path("language").asText())) {
                        continue;
                    }
                    for (JsonNode msg : c.path("conversation")) {
                        String text = msg.path("text").asText();
                        if ("customer".equals(msg.path("author").asText())) {
                            customer.add(text);
                        } else if ("agent".equals(msg.path("author").asText())) {
                            agent.add(text);
                        }
                    }
                    if (c.hasNonNull("draft")) {
                        drafts.add(c.path("draft").asText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (customer.isEmpty() || agent.isEmpty() || drafts.isEmpty()) {
            throw new IllegalStateException("no " + lang + " examples to build benchmark cases from");
        }
        return new Pool(customer, agent, drafts);
    }

    /** A case of {@code messages} messages in {@code lang}, with a draft. */
    public static SupportCase build(String lang, int messages, long seed) {
        Pool p = pool(lang);
        Random r = new Random(seed);
        Instant t = Instant.parse("2026-03-02T08:00:00Z");
        List<Message> conv = new ArrayList<>(messages);
        for (int i = 0; i < messages; i++) {
            // mostly alternating, sometimes the customer writes twice
            boolean customer = i % 2 == 0 || r.nextInt(5) == 0;
            List<String> src = customer ? p.customer() : p.agent();
            conv.add(new Message(customer ? Author.CUSTOMER : Author.AGENT, t, src.get(r.nextInt(src.size())), false));
            t = t.plus(Duration.ofMinutes(3 + r.nextInt(40)));
        }
        Ticket ticket = Ticket.builder("BENCH-" + lang + "-" + messages).language(lang).createdAt(Instant.parse("2026-03-02T08:00:00Z"))
                .sla(new Sla(60, 240)).build();
        return new SupportCase(ticket, conv, p.drafts().get(r.nextInt(p.drafts().size())), t.plus(Duration.ofMinutes(50)));
    }
}
