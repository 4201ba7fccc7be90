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
    /** The list of negation words: hits just after one of them, in the same clause, are negated. */
    static final String NEGATION_LIST = "negation";
    /** The list of words that end a negation's reach: "never came [and] boarding closes" is not negated. */
    static final String NEGATION_STOP_LIST = "negation_stop";
    /** The list of words that carry no topic: read as a set for comparing texts, never matched as hits. */
    static final String FUNCTION_WORDS_LIST = "function_words";
    /** How many words back a negation reaches. */
    static final int NEGATION_REACH = 3;

    private final List<String> names;
    private final Map<String, Integer> ids;
    private final PhraseMatcher matcher;
    private final TextAnalyzer analyzer;
    private final Set<String> languages;
    private Set<String> negators = Set.of();
    private Set<String> negationStops = Set.of();
    private Thresholds thresholds = Thresholds.defaults();
    private Set<String> functionWords = Set.of();

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

    /** The minutes a support lead tunes ({@code thresholds.properties}). */
    public Thresholds thresholds() {
        return thresholds;
    }

    /** Whether {@code stem} is a word without topic ({@code function_words.txt}), one-character words and numbers included. */
    public boolean isFunctionWord(String stem) {
        return stem.length() < 2 || functionWords.contains(stem) || PhraseMatcher.isNumber(stem)
                || TextAnalyzer.isEmoji(stem.codePointAt(0)) || stem.startsWith(":") || stem.startsWith(";");
    }

    /** The list names the rules may refer to: the word lists and the signals Java reads from the text's shape. */
    public Set<String> knownLists() {
        Set<String> all = new TreeSet<>(names);
        all.addAll(Structure.NAMES);
        return all;
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
        List<Entry> entries = new ArrayList<>();
        for (int id = 0; id < names.size(); id++) {
            for (Path f : listFiles.get(names.get(id))) {
                readList(rulesRoot, f, id, analyzer, entries, problems);
            }
        }
        PhraseMatcher matcher = compile(names, entries, problems);
        Lexicon lexicon = new Lexicon(names, matcher, analyzer, languages);
        lexicon.negators = singleWords(names, entries, NEGATION_LIST);
        lexicon.negationStops = singleWords(names, entries, NEGATION_STOP_LIST);
        lexicon.functionWords = singleWords(names, entries, FUNCTION_WORDS_LIST);
        lexicon.thresholds = Thresholds.load(rulesRoot, problems);
        for (String reserved : Structure.NAMES) {
            if (names.contains(reserved)) {
                problems.add(new RuleProblem("lexicon", 0, 0, "'" + reserved + "' is read by Java from the shape of the text; a word list cannot take that name"));
            }
        }
        matcher.negators(lexicon.negators);
        return lexicon;
    }

    /** The one-word entries (stems) of the list {@code name}. */
    private static Set<String> singleWords(List<String> names, List<Entry> entries, String name) {
        int id = names.indexOf(name);
        Set<String> out = new java.util.HashSet<>();
        for (Entry e : entries) {
            if (e.list == id && !e.exception && e.parts.size() == 1 && !e.parts.get(0).startsWith("@")) {
                out.add(e.parts.get(0));
            }
        }
        return Set.copyOf(out);
    }

    /** An entry as read, before its classes are resolved. */
    /** {@code key}: what a hit of this entry is known by, its text or its group's "[name]". */
    private record Entry(int list, String lang, String file, int line, int col, String text, String key, List<String> parts,
                         boolean bag, String replacement, boolean exception) {
    }

    /**
     * Resolves class references, orders the lists by level (a list comes after the classes it
     * uses) and builds the matcher. An unknown class, a cycle of classes or an ill-formed entry is
     * a problem at the entry's line.
     */
    private static PhraseMatcher compile(List<String> names, List<Entry> entries, List<RuleProblem> problems) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            ids.put(names.get(i), i);
        }
        List<Set<Integer>> uses = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            uses.add(new TreeSet<>());
        }
        List<Entry> good = new ArrayList<>();
        for (Entry e : entries) {
            boolean ok = true;
            for (String p : e.parts) {
                if (p.startsWith("@")) {
                    Integer c = ids.get(p.substring(1));
                    if (c == null) {
                        problems.add(new RuleProblem(e.file, e.line, e.col, "unknown word class " + p
                                + " (no lexicon/<lang>/" + p.substring(1) + ".txt)"));
                        ok = false;
                    } else if (c == e.list) {
                        problems.add(new RuleProblem(e.file, e.line, e.col, "a list cannot use itself as a class: " + p));
                        ok = false;
                    } else {
                        uses.get(e.list).add(c);
                    }
                }
            }
            if (ok) {
                good.add(e);
            }
        }
        int[] level = new int[names.size()];
        int[] state = new int[names.size()]; // 0 new, 1 visiting, 2 done
        for (int i = 0; i < names.size(); i++) {
            levelOf(i, uses, level, state, names, problems);
        }
        // a class is a list in one language: "@did_verb" in a Russian entry means the Russian did_verb
        Map<String, Integer> classIds = new HashMap<>();
        for (Entry e : good) {
            for (String p : e.parts) {
                if (p.startsWith("@")) {
                    classIds.computeIfAbsent(ids.get(p.substring(1)) + "/" + e.lang, k -> classIds.size());
                }
            }
        }
        PhraseMatcher matcher = new PhraseMatcher();
        int functionWords = ids.getOrDefault(FUNCTION_WORDS_LIST, -1);
        for (Entry e : good) {
            if (e.list == functionWords) {
                continue; // a set for Java, not hits
            }
            List<PhraseMatcher.Element> elements = new ArrayList<>();
            for (String p : e.parts) {
                elements.add(p.startsWith("@") ? PhraseMatcher.Element.ofClass(classIds.get(ids.get(p.substring(1)) + "/" + e.lang))
                        : PhraseMatcher.Element.stem(p));
            }
            String key = (e.exception ? "!" : "") + (e.bag ? "~ " : "") + String.join(" ", e.parts);
            int classId = classIds.getOrDefault(e.list + "/" + e.lang, -1);
            PhraseMatcher.Phrase phrase = new PhraseMatcher.Phrase(e.list, classId, e.key, key, e.replacement, e.exception);
            if (e.bag) {
                matcher.addBag(elements, phrase, level[e.list]);
            } else {
                matcher.add(elements, phrase, level[e.list]);
            }
        }
        return matcher;
    }

    private static int levelOf(int list, List<Set<Integer>> uses, int[] level, int[] state, List<String> names,
                               List<RuleProblem> problems) {
        if (state[list] == 2) {
            return level[list];
        }
        if (state[list] == 1) {
            problems.add(new RuleProblem("lexicon", 0, 0, "word classes refer to each other in a circle through " + names.get(list)));
            return 0;
        }
        state[list] = 1;
        int l = 0;
        for (int c : uses.get(list)) {
            l = Math.max(l, levelOf(c, uses, level, state, names, problems) + 1);
        }
        state[list] = 2;
        level[list] = l;
        return l;
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

    private static void readList(Path root, Path file, int id, TextAnalyzer analyzer, List<Entry> entries,
                                 List<RuleProblem> problems) {
        String lang = file.getParent().getFileName().toString();
        List<String> lines = readLines(root, file, problems);
        String rel = relative(root, file);
        if (!lines.isEmpty() && !lines.get(0).startsWith(LIST_HEADER)) {
            problems.add(new RuleProblem(rel, 1, 1, "the first line must start with '" + LIST_HEADER + "'"));
        }
        Map<String, Integer> seen = new HashMap<>();
        String group = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int col = Math.max(1, raw.indexOf(line) + 1);
            if (line.startsWith("[")) {
                // "[restart]": the entries below are one thing said in different words, and their hits
                // share this key, until the next heading ("[]" ends the group)
                if (!line.endsWith("]") || line.substring(1, line.length() - 1).strip().contains("[")) {
                    problems.add(new RuleProblem(rel, i + 1, col, "a group heading is '[name]' on a line of its own"));
                    continue;
                }
                String name = line.substring(1, line.length() - 1).strip();
                group = name.isEmpty() ? null : name;
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
            boolean bag = line.startsWith(PhraseMatcher.BAG + " ") || line.equals(PhraseMatcher.BAG);
            if (bag) {
                line = line.substring(1).strip();
            }
            List<String> parts = new ArrayList<>();
            String problem = parts(line, bag, analyzer, parts);
            if (problem != null) {
                problems.add(new RuleProblem(rel, i + 1, col, problem));
                continue;
            }
            if (replacement != null && (bag || parts.contains(PhraseMatcher.GAP) || parts.stream().anyMatch(p -> p.startsWith("@")))) {
                // the rewrite replaces the whole matched span, and a '~', '..' or '@class' span holds
                // words the entry does not name: the rewrite would lose them
                problems.add(new RuleProblem(rel, i + 1, col, "a rewrite (=>) needs an entry whose words are all named: "
                        + "'~', '..' and '@class' entries match words the rewrite would lose"));
                continue;
            }
            String key = (exception ? "!" : "") + (bag ? "~ " : "") + String.join(" ", parts);
            Integer before = seen.putIfAbsent(key, i + 1);
            if (before != null) {
                problems.add(new RuleProblem(rel, i + 1, col,
                        "'" + line + "' repeats line " + before + " (same words after stemming)"));
                continue;
            }
            entries.add(new Entry(id, lang, rel, i + 1, col, line, exception || group == null ? line : "[" + group + "]",
                    parts, bag, replacement, exception));
        }
    }

    /**
     * Splits an entry into its elements: stems, {@code =form}, {@code *}, {@code <number>}, {@code ..} and {@code @class}.
     * Returns a problem, or {@code null} when the entry is well formed.
     */
    private static String parts(String line, boolean bag, TextAnalyzer analyzer, List<String> parts) {
        for (String piece : line.split("\\s+")) {
            if (piece.isEmpty()) {
                continue;
            }
            if (piece.equals(PhraseMatcher.ANY) || piece.equals(PhraseMatcher.NUMBER) || piece.equals(PhraseMatcher.GAP)
                    || piece.equals(PhraseMatcher.START)) {
                if (bag && !piece.equals(PhraseMatcher.NUMBER)) {
                    return "'" + piece + "' has no meaning in a '~' entry: its words may come in any order, with gaps";
                }
                parts.add(piece);
            } else if (piece.startsWith(PhraseMatcher.FORM) && piece.length() > 1) {
                String form = normalise(piece.substring(1));
                if (!form.codePoints().allMatch(Character::isLetterOrDigit) && !form.codePoints().allMatch(c -> c == '\'' || Character.isLetterOrDigit(c))) {
                    return "=word takes one word as written: '" + piece + "'";
                }
                parts.add(PhraseMatcher.FORM + form);
            } else if (piece.startsWith("@")) {
                if (piece.length() < 2 || !piece.substring(1).chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                    return "a word class is written @name, with the name of a word list: '" + piece + "'";
                }
                parts.add(piece);
            } else {
                parts.addAll(analyzer.stems(piece));
            }
        }
        if (parts.stream().allMatch(p -> p.equals(PhraseMatcher.ANY) || p.equals(PhraseMatcher.GAP) || p.equals(PhraseMatcher.NUMBER)
                || p.equals(PhraseMatcher.START))) {
            return "the entry has no words";
        }
        if (parts.indexOf(PhraseMatcher.START) > 0) {
            return "'^' (the start of a clause) can only come first";
        }
        if (parts.get(0).equals(PhraseMatcher.GAP) || parts.get(parts.size() - 1).equals(PhraseMatcher.GAP)) {
            return "'..' stands between two words, not at either end";
        }
        if (bag && parts.size() < 2) {
            return "a '~' entry needs at least two words";
        }
        return null;
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
                out.add(new Match(names.get(list), a.start(), b.end(), f.phrase().entry(), f.phrase().replacement(),
                        negated(tokens, f.first())));
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

    /**
     * Whether a negation word stands up to {@link #NEGATION_REACH} words before token {@code first},
     * in its clause, with no word of {@value #NEGATION_STOP_LIST} ("and", «а») between them.
     */
    private boolean negated(List<Token> tokens, int first) {
        Token t = tokens.get(first);
        for (int k = first - 1; k >= 0 && k >= first - NEGATION_REACH; k--) {
            Token p = tokens.get(k);
            if (!p.sameClause(t) || negationStops.contains(p.stem())) {
                return false;
            }
            if (negators.contains(p.stem())) {
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
