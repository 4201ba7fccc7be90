package dev.supportcoach.signals;

import dev.supportcoach.RuleProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The word lists of a rules directory ({@code lexicon/<lang>/<name>.txt}), compiled into one
 * {@link PhraseMatcher}. Lists of the same name in different languages are one list to the
 * rules, so a mixed-language text matches both.
 */
public final class Lexicon {
    /** The first line every word list starts with. */
    public static final String LIST_HEADER = "# support-coach word list v1:";
    /** The first line of {@code forms.txt}. */
    public static final String FORMS_HEADER = "# support-coach word forms v1";
    static final String FORMS_FILE = "forms.txt";
    static final String EXAMPLES_SUFFIX = ".examples.txt";

    private final List<String> names;
    private final Map<String, Integer> ids;
    private final PhraseMatcher matcher;
    private final TextAnalyzer analyzer;
    private final Set<String> languages;

    private Lexicon(List<String> names, PhraseMatcher matcher, TextAnalyzer analyzer, Set<String> languages) {
        this.names = List.copyOf(names);
        this.ids = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            ids.put(names.get(i), i);
        }
        this.matcher = matcher;
        this.analyzer = analyzer;
        this.languages = Set.copyOf(languages);
    }

    /** The list names, sorted. */
    public List<String> names() {
        return names;
    }

    /** The languages that have a folder under {@code lexicon/}. */
    public Set<String> languages() {
        return languages;
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }

    /**
     * Reads {@code lexicon/} under {@code rulesRoot}. Problems are added to {@code problems} with
     * their file and line; the lists that could be read are still returned.
     */
    public static Lexicon load(Path rulesRoot, List<RuleProblem> problems) {
        Path lexRoot = rulesRoot.resolve("lexicon");
        WordForms forms = new WordForms();
        TextAnalyzer analyzer = new TextAnalyzer(forms);
        Set<String> languages = new TreeSet<>();
        Map<String, List<Path>> listFiles = new LinkedHashMap<>();
        if (!Files.isDirectory(lexRoot)) {
            problems.add(new RuleProblem("lexicon", 0, 0, "missing folder lexicon/ with the word lists"));
            return new Lexicon(List.of(), new PhraseMatcher(), analyzer, languages);
        }
        try (Stream<Path> langs = Files.list(lexRoot)) {
            for (Path lang : langs.filter(Files::isDirectory).sorted().toList()) {
                languages.add(lang.getFileName().toString().replace("/", ""));
                try (Stream<Path> files = Files.list(lang)) {
                    for (Path f : files.sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (name.equals(FORMS_FILE)) {
                            readForms(rulesRoot, f, forms, problems);
                        } else if (name.endsWith(".txt") && !name.endsWith(EXAMPLES_SUFFIX)) {
                            listFiles.computeIfAbsent(name.substring(0, name.length() - 4), k -> new ArrayList<>()).add(f);
                        }
                    }
                }
            }
        } catch (IOException e) {
            problems.add(new RuleProblem("lexicon", 0, 0, "cannot read: " + e.getMessage()));
        }
        List<String> names = new ArrayList<>(new TreeSet<>(listFiles.keySet()));
        PhraseMatcher matcher = new PhraseMatcher();
        for (int id = 0; id < names.size(); id++) {
            for (Path f : listFiles.get(names.get(id))) {
                readList(rulesRoot, f, id, names.get(id), analyzer, matcher, problems);
            }
        }
        return new Lexicon(names, matcher, analyzer, languages);
    }

    /** Reads a UTF-8 file strictly; a malformed byte is a problem, not a replacement char. */
    public static List<String> readLines(Path rulesRoot, Path file, List<RuleProblem> problems) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Arrays.asList(text.split("\r?\n", -1));
        } catch (CharacterCodingException e) {
            problems.add(new RuleProblem(relative(rulesRoot, file), 0, 0, "not valid UTF-8"));
        } catch (IOException e) {
            problems.add(new RuleProblem(relative(rulesRoot, file), 0, 0, "cannot read: " + e.getMessage()));
        }
        return List.of();
    }

    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static void readForms(Path root, Path file, WordForms forms, List<RuleProblem> problems) {
        List<String> lines = readLines(root, file, problems);
        String rel = relative(root, file);
        if (!lines.isEmpty() && !lines.get(0).startsWith(FORMS_HEADER)) {
            problems.add(new RuleProblem(rel, 1, 1, "the first line must start with '" + FORMS_HEADER + "'"));
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add(new RuleProblem(rel, i + 1, 1, "expected 'variant variant ... = canonical'"));
                continue;
            }
            List<String> canonical = normalisedWords(line.substring(eq + 1));
            if (canonical.isEmpty()) {
                problems.add(new RuleProblem(rel, i + 1, eq + 2, "nothing after '='"));
                continue;
            }
            for (String variant : line.substring(0, eq).strip().split("\\s+")) {
                String v = normalise(variant);
                if (!v.isEmpty() && !forms.add(v, canonical)) {
                    problems.add(new RuleProblem(rel, i + 1, 1, "the form '" + variant + "' is listed twice"));
                }
            }
        }
    }

    private static List<String> normalisedWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.strip().split("\\s+")) {
            String n = normalise(w);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /** Lower case, ё as е, typographic apostrophes as straight ones. */
    static String normalise(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        w.codePoints().forEach(cp -> {
            if (TextAnalyzer.isApostrophe(cp)) {
                sb.append('\'');
            } else {
                int l = Character.toLowerCase(cp);
                sb.appendCodePoint(l == 'ё' ? 'е' : l);
            }
        });
        return sb.toString();
    }

    private static void readList(Path root, Path file, int id, String name, TextAnalyzer analyzer,
                                 PhraseMatcher matcher, List<RuleProblem> problems) {
        List<String> lines = readLines(root, file, problems);
        String rel = relative(root, file);
        if (!lines.isEmpty() && !lines.get(0).startsWith(LIST_HEADER)) {
            problems.add(new RuleProblem(rel, 1, 1, "the first line must start with '" + LIST_HEADER + "'"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exception = line.startsWith("!");
            if (exception) {
                line = line.substring(1).strip();
            }
            String replacement = null;
            int arrow = line.indexOf("=>");
            if (arrow >= 0) {
                replacement = line.substring(arrow + 2).strip();
                line = line.substring(0, arrow).strip();
            }
            List<String> stems = new ArrayList<>();
            for (String piece : line.split("\\s+")) {
                if (piece.equals(PhraseMatcher.ANY)) {
                    stems.add(PhraseMatcher.ANY);
                } else {
                    stems.addAll(analyzer.stems(piece));
                }
            }
            int col = raw.indexOf(line.isEmpty() ? raw.strip() : line) + 1;
            if (stems.isEmpty() || stems.stream().allMatch(PhraseMatcher.ANY::equals)) {
                problems.add(new RuleProblem(rel, i + 1, Math.max(col, 1), "the entry has no words"));
                continue;
            }
            String key = (exception ? "!" : "") + String.join(" ", stems);
            Integer before = seen.putIfAbsent(key, i + 1);
            if (before != null) {
                problems.add(new RuleProblem(rel, i + 1, Math.max(col, 1),
                        "'" + line + "' repeats line " + before + " (same words after stemming)"));
                continue;
            }
            matcher.add(stems, new PhraseMatcher.Phrase(id, line, String.join(" ", stems), replacement, exception));
        }
    }

    /**
     * Finds every list phrase in {@code tokens}, after exceptions: a
     * match that overlaps an exception of its own list is dropped, and of overlapping matches of
     * one list the leftmost is kept (the longest, of those starting at the same word).
     */
    public List<Match> find(List<Token> tokens) {
        List<PhraseMatcher.Found> found = matcher.find(tokens);
        if (found.isEmpty()) {
            return List.of();
        }
        found.sort(Comparator.comparingInt((PhraseMatcher.Found f) -> f.phrase().list())
                .thenComparingInt(PhraseMatcher.Found::first)
                .thenComparingInt(f -> -(f.last() - f.first())));
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < found.size()) {
            int list = found.get(i).phrase().list();
            int j = i;
            while (j < found.size() && found.get(j).phrase().list() == list) {
                j++;
            }
            // exceptions of this list, in order of their first token, and the longest one's span
            List<PhraseMatcher.Found> exceptions = new ArrayList<>();
            int longest = 0;
            for (int k = i; k < j; k++) {
                PhraseMatcher.Found e = found.get(k);
                if (e.phrase().exception()) {
                    exceptions.add(e);
                    longest = Math.max(longest, e.last() - e.first());
                }
            }
            int lastEnd = -1;
            for (int k = i; k < j; k++) {
                PhraseMatcher.Found f = found.get(k);
                if (f.phrase().exception() || f.first() <= lastEnd || overlapsException(exceptions, longest, f)) {
                    continue;
                }
                lastEnd = f.last();
                Token a = tokens.get(f.first());
                Token b = tokens.get(f.last());
                out.add(new Match(names.get(list), a.start(), b.end(), f.phrase().entry(), f.phrase().replacement()));
            }
            i = j;
        }
        out.sort(Comparator.comparingInt(Match::start));
        return out;
    }

    /**
     * Whether {@code f} overlaps one of {@code exceptions} (sorted by first token, none longer
     * than {@code longest} + 1 tokens): a binary search, then a look back of at most that length,
     * so a text with thousands of matches stays linear.
     */
    private static boolean overlapsException(List<PhraseMatcher.Found> exceptions, int longest, PhraseMatcher.Found f) {
        int lo = 0;
        int hi = exceptions.size();
        while (lo < hi) { // first exception that starts after f ends
            int mid = (lo + hi) >>> 1;
            if (exceptions.get(mid).first() <= f.last()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo - 1; k >= 0 && exceptions.get(k).first() >= f.first() - longest; k--) {
            if (exceptions.get(k).last() >= f.first()) {
                return true;
            }
        }
        return false;
    }

    /** Convenience: tokens and matches of a whole text. */
    public List<Match> find(String text) {
        return find(analyzer.tokens(text));
    }
}
