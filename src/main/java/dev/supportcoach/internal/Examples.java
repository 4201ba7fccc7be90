package dev.supportcoach.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supportcoach.CaseFormatException;
import dev.supportcoach.ExpectedAdvice;
import dev.supportcoach.RuleExample;
import dev.supportcoach.RuleProblem;
import dev.supportcoach.json.CaseJson;
import dev.supportcoach.signals.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rule examples, {@code examples/*.json} beside the DRL: cases on which named rules must
 * fire and near-misses on which they must stay silent.
 * <pre>
 * {"examples": [
 *   {"name": "en: the VPN is down and the team cannot work",
 *    "fires": ["ACKNOWLEDGE_BLOCKED_WORK"], "silent": ["DRAFT_IGNORES_IMPACT"],
 *    "case": { ...a case in the exchange format... }}
 * ]}
 * </pre>
 */
public final class Examples {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Examples() {
    }

    /** Reads every example under {@code root/examples}; problems go to {@code problems}. */
    public static List<RuleExample> load(Path root, List<RuleProblem> problems) {
        List<RuleExample> out = new ArrayList<>();
        Path dir = root.resolve("examples");
        if (!Files.isDirectory(dir)) {
            problems.add(new RuleProblem("examples", 0, 0, "missing folder examples/ with the rule examples"));
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                read(root, f, out, problems);
            }
        } catch (IOException e) {
            problems.add(new RuleProblem("examples", 0, 0, "cannot read: " + e.getMessage()));
        }
        return out;
    }

    private static void read(Path root, Path file, List<RuleExample> out, List<RuleProblem> problems) {
        String rel = Lexicon.relative(root, file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new RuleProblem(rel, 0, 0, "cannot read: " + e.getMessage()));
            return;
        }
        try (JsonParser p = new JsonFactory(MAPPER).createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new RuleProblem(rel, 1, 1, "expected {\"examples\": [...]}"));
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (!field.equals("examples")) {
                    p.skipChildren();
                    continue;
                }
                if (t != JsonToken.START_ARRAY) {
                    problems.add(new RuleProblem(rel, p.currentLocation().getLineNr(), 1, "\"examples\" must be an array"));
                    return;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int line = p.currentLocation().getLineNr();
                    JsonNode node = p.readValueAsTree();
                    example(rel, line, node, out, problems);
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(new RuleProblem(rel, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new RuleProblem(rel, 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    private static void example(String rel, int line, JsonNode node, List<RuleExample> out, List<RuleProblem> problems) {
        String name = node.path("name").asText("");
        if (name.isBlank()) {
            problems.add(new RuleProblem(rel, line, 1, "an example needs a \"name\""));
        }
        List<String> fires = strings(node.get("fires"));
        List<String> silent = strings(node.get("silent"));
        ExpectedAdvice expected = expected(node.get("advice"));
        if (fires.isEmpty() && silent.isEmpty() && expected == null) {
            problems.add(new RuleProblem(rel, line, 1, "example '" + name + "' names no rule in \"fires\" or \"silent\""));
        }
        JsonNode c = node.get("case");
        if (c == null) {
            problems.add(new RuleProblem(rel, line, 1, "example '" + name + "' has no \"case\""));
            return;
        }
        try {
            // the case was parsed with its file; read it again as text through the one public reader
            out.add(new RuleExample(rel, line, name, fires, silent, CaseJson.read(c.toString()).supportCase(), expected));
        } catch (CaseFormatException e) {
            problems.add(new RuleProblem(rel, line, 1, "example '" + name + "': " + e.getMessage().replace("$.", "case.")));
        }
    }

    /**
     * {@code "advice": {"recommendations": [ids in rank order], "findings": [{"id", "text",
     * "replacement"}], "revisedDraft": "..." or null}}; each part optional.
     */
    private static ExpectedAdvice expected(JsonNode a) {
        if (a == null || !a.isObject()) {
            return null;
        }
        List<String> recs = a.has("recommendations") ? strings(a.get("recommendations")) : null;
        List<ExpectedAdvice.Finding> findings = null;
        if (a.has("findings")) {
            findings = new ArrayList<>();
            for (JsonNode f : a.get("findings")) {
                JsonNode r = f.get("replacement");
                findings.add(new ExpectedAdvice.Finding(f.path("id").asText(), f.hasNonNull("text") ? f.get("text").asText() : null,
                        r != null && !r.isNull() ? r.asText() : null, r != null && r.isNull()));
            }
        }
        boolean revised = a.has("revisedDraft");
        return new ExpectedAdvice(recs, findings, revised, revised && !a.get("revisedDraft").isNull() ? a.get("revisedDraft").asText() : null);
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
