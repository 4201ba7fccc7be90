package dev.supportcoach.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a JSON Lines batch of N cases for the batch benchmark: the rule examples' cases
 * (realistic text in both languages), cycled with fresh ticket ids.
 * Usage: {@code BatchFile N OUT.jsonl}.
 */
public final class BatchFile {
    private BatchFile() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rules/examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                m.readTree(f.toFile()).path("examples").forEach(ex -> cases.add(ex.path("case")));
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                ObjectNode c = cases.get(i % cases.size()).deepCopy();
                ((ObjectNode) c.path("ticket")).put("id", "BATCH-" + i);
                w.write(m.writeValueAsString(c));
                w.newLine();
            }
        }
        System.out.println("wrote " + n + " cases to " + args[1]);
    }
}
