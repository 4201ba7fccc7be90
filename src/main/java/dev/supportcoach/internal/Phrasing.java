package dev.supportcoach.internal;

import dev.supportcoach.RuleProblem;
import dev.supportcoach.signals.Language;
import dev.supportcoach.signals.Lexicon;
import java.lang.Character.UnicodeScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The phrasing catalogs, {@code phrasing/<lang>.txt}: one {@code KEY = template} a line, where
 * KEY is {@code RULE_ID.part} (parts: {@code action}, {@code reason}, {@code phrasing} for a
 * recommendation; {@code problem}, {@code suggestion} for a draft finding). Templates are
 * compiled when the catalog loads.
 */
final class Phrasing {
    static final String HEADER = "# support-coach phrasing v1";

    record Entry(Template template, String file, int line) {
    }

    private final Map<String, Map<String, Entry>> byLanguage;

    private Phrasing(Map<String, Map<String, Entry>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The languages, one per catalog, sorted by code. */
    Set<String> languages() {
        return byLanguage.keySet();
    }

    /**
     * The script {@code lang}'s catalog is written in (most letters of its texts, placeholders
     * left out), or {@code null} when it has no letters.
     */
    UnicodeScript script(String lang) {
        StringBuilder all = new StringBuilder();
        for (Entry e : entries(lang).values()) {
            all.append(e.template().render(Map.of(), lang)).append('\n');
        }
        return Language.dominantScript(all);
    }

    Map<String, Entry> entries(String lang) {
        return byLanguage.getOrDefault(lang, Map.of());
    }

    Entry entry(String lang, String key) {
        return entries(lang).get(key);
    }

    /** Renders {@code key} in {@code lang}; {@code null} when the catalog has no such key. */
    String render(String lang, String key, Map<String, Object> values) {
        Entry e = entry(lang, key);
        return e == null ? null : e.template().render(values, lang);
    }

    static Phrasing load(Path root, List<RuleProblem> problems) {
        Map<String, Map<String, Entry>> all = new TreeMap<>();
        Path dir = root.resolve("phrasing");
        if (!Files.isDirectory(dir)) {
            problems.add(new RuleProblem("phrasing", 0, 0, "missing folder phrasing/ with the catalogs"));
            return new Phrasing(all);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".txt")) {
                    continue;
                }
                String lang = name.substring(0, name.length() - 4);
                all.put(lang, read(root, f, problems));
            }
        } catch (IOException e) {
            problems.add(new RuleProblem("phrasing", 0, 0, "cannot read: " + e.getMessage()));
        }
        checkLanguagesAgree(all, problems);
        return new Phrasing(all);
    }

    private static Map<String, Entry> read(Path root, Path file, List<RuleProblem> problems) {
        String rel = Lexicon.relative(root, file);
        List<String> lines = readLines(root, file, problems);
        Map<String, Entry> out = new HashMap<>();
        if (!lines.isEmpty() && !lines.get(0).startsWith(HEADER)) {
            problems.add(new RuleProblem(rel, 1, 1, "the first line must start with '" + HEADER + "'"));
        }
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = raw.indexOf('=');
            if (eq < 0) {
                problems.add(new RuleProblem(rel, i + 1, 1, "expected 'RULE_ID.part = text'"));
                continue;
            }
            String key = raw.substring(0, eq).strip();
            String text = raw.substring(eq + 1).strip();
            if (out.containsKey(key)) {
                problems.add(new RuleProblem(rel, i + 1, 1, "'" + key + "' is defined twice (first on line " + out.get(key).line() + ")"));
                continue;
            }
            try {
                out.put(key, new Entry(Template.compile(text), rel, i + 1));
            } catch (Template.SyntaxError e) {
                int col = raw.indexOf(text, eq) + 1 + e.offset;
                problems.add(new RuleProblem(rel, i + 1, col, e.getMessage()));
            }
        }
        return out;
    }

    private static List<String> readLines(Path root, Path file, List<RuleProblem> problems) {
        return Lexicon.readLines(root, file, problems);
    }

    /** Every key in every language, with the same placeholders. */
    private static void checkLanguagesAgree(Map<String, Map<String, Entry>> all, List<RuleProblem> problems) {
        Set<String> keys = new TreeSet<>();
        all.values().forEach(m -> keys.addAll(m.keySet()));
        for (String key : keys) {
            Entry ref = null;
            String refLang = null;
            for (var lang : all.entrySet()) {
                Entry e = lang.getValue().get(key);
                if (e == null) {
                    Entry other = all.values().stream().map(m -> m.get(key)).filter(x -> x != null).findFirst().orElseThrow();
                    problems.add(new RuleProblem(other.file(), other.line(), 1,
                            "'" + key + "' has no wording in phrasing/" + lang.getKey() + ".txt"));
                    continue;
                }
                if (ref == null) {
                    ref = e;
                    refLang = lang.getKey();
                } else if (!e.template().placeholders().equals(ref.template().placeholders())) {
                    problems.add(new RuleProblem(e.file(), e.line(), 1, "'" + key + "' uses placeholders "
                            + e.template().placeholders() + " but phrasing/" + refLang + ".txt uses " + ref.template().placeholders()));
                }
            }
        }
    }
}
