package dev.supportcoach.signals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All entries of all word lists, built once when the rules load, matched over the tokens of a
 * text in one pass per level. No regular expression is involved and nothing backtracks beyond
 * an entry's own length.
 *
 * <p>An entry is a sequence of elements: a stem, {@code =word} (exactly this form of the word,
 * not any form of its stem: {@code =попробуйте} but not {@code попробовал}), {@code *} (any one word), {@code <number>} (a number
 * written in digits), {@code @name} (any entry of the word list {@code name}: a word class),
 * {@code ..} (up to {@link #GAP_WORDS} words, never a negation: "I .. restart" does not match
 * "I have not restarted") and {@code ^} (the start of a clause, as in "^ please @action"). Plain
 * entries match their elements in order, inside one sentence, and live in a trie. An entry that starts with {@code ~} is a
 * <em>bag</em>: its elements match in any order, inside one sentence, with at most
 * {@link #BAG_EXTRA} other words among them; it is found from its first stem (its anchor).
 *
 * <p>Lists that refer to classes are matched after those classes: every list has a level, one
 * more than the highest level of the lists it refers to, and levels are matched in order.
 */
public final class PhraseMatcher {
    /** Any one word. */
    static final String ANY = "*";
    /** A number written in digits. */
    static final String NUMBER = "<number>";
    /** Up to {@link #GAP_WORDS} words of anything, in an ordered entry. */
    static final String GAP = "..";
    /** Prefix of an exact word form. */
    static final String FORM = "=";
    /** The start of a clause: the first word of a sentence or after a comma, colon, dash or bracket. */
    static final String START = "^";
    /** Marks a bag entry: its words in any order. */
    static final String BAG = "~";
    /** Most words a {@code ..} may skip. */
    static final int GAP_WORDS = 4;
    /** Most words a bag entry may have among its own. */
    static final int BAG_EXTRA = 4;

    /**
     * An entry of a word list, as stored.
     *
     * @param list the list, by id (one id per list name, whatever the language)
     * @param classId the id under which this entry's matches feed entries that use its list as a
     *     class: one per list and language, so a Russian entry's {@code @did_verb} sees only the
     *     Russian words of {@code did_verb}; -1 when no entry uses it
     */
    public record Phrase(int list, int classId, String entry, String key, String replacement, boolean exception) {
        /** An entry whose list no other entry uses as a class. */
        public Phrase(int list, String entry, String key, String replacement, boolean exception) {
            this(list, -1, entry, key, replacement, exception);
        }
    }

    /** An entry found in a token sequence: tokens {@code [first, last]}. */
    public record Found(Phrase phrase, int first, int last) {
    }

    /** One element of an entry: a stem, a special ({@link #ANY}, {@link #NUMBER}, {@link #GAP}) or a class. */
    record Element(String stem, int classList) {
        static Element stem(String s) {
            return new Element(s, -1);
        }

        static Element ofClass(int list) {
            return new Element(null, list);
        }

        boolean isClass() {
            return classList >= 0;
        }
    }

    private static final class Node {
        Map<String, Node> next;
        /** Exact word forms ({@code =word}), without the '='. */
        Map<String, Node> forms;
        /** {@link #next} and {@link #forms} by vocabulary id, for matching (see {@link #freeze}). */
        IdMap<Node> nextById;
        IdMap<Node> formsById;
        Map<Integer, Node> classes;
        Node any;
        Node number;
        Node gap;
        Node start;
        List<Phrase> phrases;

        Node child(String stem) {
            if (next == null) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(stem, k -> new Node());
        }
    }

    /**
     * A bag entry; {@code ids} holds, per element, the vocabulary id of its stem or form, or
     * {@code -1} for a class or a number (set by {@link #freeze}).
     */
    private record Bag(Phrase phrase, Element[] elements, int words, int[] ids) {
    }

    private static final class Level {
        final Node root = new Node();
        final Map<String, List<Bag>> bagsByStem = new HashMap<>();
        final Map<String, List<Bag>> bagsByForm = new HashMap<>();
        final Map<Integer, List<Bag>> bagsByClass = new HashMap<>();
        IdMap<List<Bag>> bagsByStemId;
        IdMap<List<Bag>> bagsByFormId;
        boolean hasBags;
    }

    /**
     * Every stem and word form an entry names, numbered when the matcher is first used: a text's
     * words are looked up here once, and every edge of the trie is then followed by number.
     */
    private volatile Map<String, Integer> vocabulary;

    private final List<Level> levels = new ArrayList<>();
    /** Words a gap never skips. */
    private Set<String> negators = Set.of();

    /** Sets the negation words, which a {@code ..} gap never skips. */
    void negators(Set<String> words) {
        negators = Set.copyOf(words);
    }

    private Level level(int n) {
        while (levels.size() <= n) {
            levels.add(new Level());
        }
        return levels.get(n);
    }

    /** Adds an ordered entry at {@code level}. */
    void add(List<Element> elements, Phrase phrase, int level) {
        vocabulary = null;
        Node n = level(level).root;
        for (Element e : elements) {
            if (e.isClass()) {
                if (n.classes == null) {
                    n.classes = new HashMap<>(2);
                }
                n = n.classes.computeIfAbsent(e.classList(), k -> new Node());
            } else if (ANY.equals(e.stem())) {
                n = n.any == null ? (n.any = new Node()) : n.any;
            } else if (NUMBER.equals(e.stem())) {
                n = n.number == null ? (n.number = new Node()) : n.number;
            } else if (GAP.equals(e.stem())) {
                n = n.gap == null ? (n.gap = new Node()) : n.gap;
            } else if (START.equals(e.stem())) {
                n = n.start == null ? (n.start = new Node()) : n.start;
            } else if (e.stem().startsWith(FORM)) {
                if (n.forms == null) {
                    n.forms = new HashMap<>(4);
                }
                n = n.forms.computeIfAbsent(e.stem().substring(1), k -> new Node());
            } else {
                n = n.child(e.stem());
            }
        }
        if (n.phrases == null) {
            n.phrases = new ArrayList<>(1);
        }
        n.phrases.add(phrase);
    }

    /** Adds a bag entry at {@code level}; its anchor is its first stem, or its first class. */
    void addBag(List<Element> elements, Phrase phrase, int level) {
        vocabulary = null;
        Level l = level(level);
        Bag bag = new Bag(phrase, elements.toArray(new Element[0]), elements.size(), new int[elements.size()]);
        Element anchor = elements.stream().filter(e -> !e.isClass() && !NUMBER.equals(e.stem())).findFirst()
                .orElse(elements.get(0));
        if (anchor.isClass()) {
            l.bagsByClass.computeIfAbsent(anchor.classList(), k -> new ArrayList<>()).add(bag);
        } else if (anchor.stem().startsWith(FORM)) {
            l.bagsByForm.computeIfAbsent(anchor.stem().substring(1), k -> new ArrayList<>()).add(bag);
        } else {
            l.bagsByStem.computeIfAbsent(anchor.stem(), k -> new ArrayList<>()).add(bag);
        }
        l.hasBags = true;
    }

    /** Every entry occurrence in {@code tokens}, each within one sentence; exceptions included. */
    public List<Found> find(List<Token> tokens) {
        List<Found> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        Text text = new Text(tokens, vocabulary());
        // class matches by first token: {list, last, list, last, ...}
        int[][] classAt = null;
        for (int lv = 0; lv < levels.size(); lv++) {
            Level level = levels.get(lv);
            int from = out.size();
            for (int i = 0; i < tokens.size(); i++) {
                walk(level.root, text, i, i, out, classAt);
            }
            if (level.hasBags) {
                bags(level, text, out, classAt);
            }
            if (lv + 1 < levels.size()) {
                classAt = classes(out, from, tokens.size(), classAt);
            }
        }
        return out;
    }

    /** The tokens of one text with what matching asks of each: vocabulary ids and sentence. */
    private static final class Text {
        final List<Token> tokens;
        final int size;
        final int[] stem;
        final int[] form;
        final int[] sentence;
        /** Whether token i is a number written in digits ({@link #isNumber}), asked once, not per trie node. */
        final boolean[] number;
        /** Whether token i starts a clause ({@link #START}). */
        final boolean[] clauseStart;

        Text(List<Token> tokens, Map<String, Integer> vocabulary) {
            this.tokens = tokens;
            this.size = tokens.size();
            this.stem = new int[size];
            this.form = new int[size];
            this.sentence = new int[size];
            this.number = new boolean[size];
            this.clauseStart = new boolean[size];
            for (int i = 0; i < size; i++) {
                Token t = tokens.get(i);
                stem[i] = vocabulary.getOrDefault(t.stem(), -1);
                form[i] = t.form().equals(t.stem()) ? stem[i] : vocabulary.getOrDefault(t.form(), -1);
                sentence[i] = t.sentence();
                number[i] = isNumber(t.stem());
                clauseStart[i] = i == 0 || !tokens.get(i - 1).sameClause(t);
            }
        }
    }

    private Map<String, Integer> vocabulary() {
        Map<String, Integer> v = vocabulary;
        return v != null ? v : freeze();
    }

    /** Numbers every stem and form the entries name and indexes the trie and the bags by number. */
    private synchronized Map<String, Integer> freeze() {
        if (vocabulary != null) {
            return vocabulary;
        }
        Map<String, Integer> v = new HashMap<>();
        for (Level l : levels) {
            number(l.root, v);
            l.bagsByStemId = byId(l.bagsByStem, v);
            l.bagsByFormId = byId(l.bagsByForm, v);
            for (Map<?, List<Bag>> bags : List.of(l.bagsByStem, l.bagsByForm, l.bagsByClass)) {
                for (List<Bag> list : bags.values()) {
                    for (Bag b : list) {
                        for (int k = 0; k < b.elements().length; k++) {
                            Element e = b.elements()[k];
                            b.ids()[k] = e.isClass() || NUMBER.equals(e.stem()) ? -1
                                    : id(e.stem().startsWith(FORM) ? e.stem().substring(1) : e.stem(), v);
                        }
                    }
                }
            }
        }
        vocabulary = Map.copyOf(v);
        return vocabulary;
    }

    private static int id(String word, Map<String, Integer> v) {
        return v.computeIfAbsent(word, k -> v.size());
    }

    private static <T> IdMap<T> byId(Map<String, T> m, Map<String, Integer> v) {
        if (m == null || m.isEmpty()) {
            return null;
        }
        Map<Integer, T> out = new HashMap<>();
        m.forEach((k, x) -> out.put(id(k, v), x));
        return new IdMap<>(out);
    }

    private static void number(Node n, Map<String, Integer> v) {
        n.nextById = byId(n.next, v);
        n.formsById = byId(n.forms, v);
        for (Map<?, Node> children : java.util.Arrays.asList(n.next, n.forms, n.classes)) {
            if (children != null) {
                children.values().forEach(c -> number(c, v));
            }
        }
        for (Node c : new Node[] {n.any, n.number, n.gap, n.start}) {
            if (c != null) {
                number(c, v);
            }
        }
    }

    /** An open-addressing map from non-negative ids; {@code get} of a negative id is {@code null}. */
    private static final class IdMap<T> {
        private final int[] keys;
        private final Object[] values;
        private final int shift;

        IdMap(Map<Integer, T> m) {
            int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(m.size() * 2 - 1));
            keys = new int[1 << bits];
            values = new Object[1 << bits];
            shift = 32 - bits;
            java.util.Arrays.fill(keys, -1);
            m.forEach((k, x) -> {
                int i = slot(k);
                while (keys[i] >= 0) {
                    i = (i + 1) & (keys.length - 1);
                }
                keys[i] = k;
                values[i] = x;
            });
        }

        private int slot(int id) {
            return (id * 0x9E3779B9) >>> shift;
        }

        @SuppressWarnings("unchecked")
        T get(int id) {
            if (id < 0) {
                return null;
            }
            for (int i = slot(id); keys[i] >= 0; i = (i + 1) & (keys.length - 1)) {
                if (keys[i] == id) {
                    return (T) values[i];
                }
            }
            return null;
        }
    }

    private void walk(Node node, Text text, int first, int j, List<Found> out, int[][] classAt) {
        if (node.phrases != null && j > first) {
            for (Phrase p : node.phrases) {
                out.add(new Found(p, first, j - 1));
            }
        }
        List<Token> tokens = text.tokens;
        if (node.start != null && j == first && text.clauseStart[j]) {
            walk(node.start, text, first, j, out, classAt);
        }
        if (node.gap != null) {
            // the shortest gap that leads to a match wins: "I .. restarted" in "I restarted it and
            // restarted again" ends at the first; walk, not walkFrom, so "a .. .. b" chains two gaps
            int before = out.size();
            walk(node.gap, text, first, j, out, classAt);
            for (int k = 1; k <= GAP_WORDS && out.size() == before && j + k < text.size && sameSentence(text, first, j + k)
                    && !negators.contains(tokens.get(j + k - 1).stem()); k++) {
                walk(node.gap, text, first, j + k, out, classAt);
            }
        }
        walkFrom(node, text, first, j, out, classAt);
    }

    /** Tries the edges of {@code node} on token {@code j}. */
    private void walkFrom(Node node, Text text, int first, int j, List<Found> out, int[][] classAt) {
        if (j >= text.size || !sameSentence(text, first, j)) {
            return;
        }
        if (node.nextById != null) {
            Node next = node.nextById.get(text.stem[j]);
            if (next != null) {
                walk(next, text, first, j + 1, out, classAt);
            }
        }
        if (node.formsById != null) {
            Node exact = node.formsById.get(text.form[j]);
            if (exact != null) {
                walk(exact, text, first, j + 1, out, classAt);
            }
        }
        if (node.any != null) {
            walk(node.any, text, first, j + 1, out, classAt);
        }
        if (node.number != null && text.number[j]) {
            walk(node.number, text, first, j + 1, out, classAt);
        }
        if (node.classes != null && classAt != null && classAt[j] != null) {
            int[] at = classAt[j];
            for (int k = 0; k < at.length; k += 2) {
                Node next = node.classes.get(at[k]);
                if (next != null && sameSentence(text, first, at[k + 1])) {
                    walk(next, text, first, at[k + 1] + 1, out, classAt);
                }
            }
        }
    }

    private static boolean sameSentence(Text text, int a, int b) {
        return text.sentence[a] == text.sentence[b];
    }

    /** Whether element {@code k} of {@code bag} (a stem, a form or a number, not a class) matches token {@code j}. */
    private static boolean matches(Bag bag, int k, Text text, int j) {
        String element = bag.elements()[k].stem();
        if (NUMBER.equals(element)) {
            return text.number[j];
        }
        return bag.ids()[k] == (element.startsWith(FORM) ? text.form[j] : text.stem[j]);
    }

    static boolean isNumber(String stem) {
        if (stem.isEmpty()) {
            return false;
        }
        for (int i = 0; i < stem.length(); i++) {
            if (!Character.isDigit(stem.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void bags(Level level, Text text, List<Found> out, int[][] classAt) {
        for (int i = 0; i < text.size; i++) {
            List<Bag> byStem = level.bagsByStemId == null ? null : level.bagsByStemId.get(text.stem[i]);
            if (byStem != null) {
                for (Bag b : byStem) {
                    matchBag(b, text, i, out, classAt);
                }
            }
            List<Bag> byForm = level.bagsByFormId == null ? null : level.bagsByFormId.get(text.form[i]);
            if (byForm != null) {
                for (Bag b : byForm) {
                    matchBag(b, text, i, out, classAt);
                }
            }
            if (classAt != null && classAt[i] != null && !level.bagsByClass.isEmpty()) {
                int[] at = classAt[i];
                for (int k = 0; k < at.length; k += 2) {
                    List<Bag> byClass = level.bagsByClass.get(at[k]);
                    if (byClass != null) {
                        for (Bag b : byClass) {
                            matchBag(b, text, i, out, classAt);
                        }
                    }
                }
            }
        }
    }

    /**
     * Matches {@code bag} around an occurrence of its anchor at token {@code at}: every element
     * must occur, on tokens no other element uses, inside the anchor's sentence and within a span
     * of the bag's own words plus {@link #BAG_EXTRA}. Each element takes its occurrence nearest
     * to the anchor.
     */
    private static void matchBag(Bag bag, Text text, int at, List<Found> out, int[][] classAt) {
        int sentence = text.sentence[at];
        int lo = at;
        while (lo > 0 && text.sentence[lo - 1] == sentence && at - lo < bag.words() + BAG_EXTRA) {
            lo--;
        }
        int hi = at;
        while (hi + 1 < text.size && text.sentence[hi + 1] == sentence && hi - at < bag.words() + BAG_EXTRA) {
            hi++;
        }
        int n = hi - lo + 1;
        boolean[] used = new boolean[n];
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int el = 0; el < bag.elements().length; el++) {
            Element e = bag.elements()[el];
            int bestFirst = -1;
            int bestLast = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int j = lo; j <= hi; j++) {
                if (used[j - lo]) {
                    continue;
                }
                if (e.isClass()) {
                    int[] c = classAt == null ? null : classAt[j];
                    if (c != null) {
                        for (int k = 0; k < c.length; k += 2) {
                            if (c[k] == e.classList() && c[k + 1] <= hi && free(used, lo, j, c[k + 1])) {
                                int d = Math.abs(j - at);
                                if (d < bestDistance) {
                                    bestFirst = j;
                                    bestLast = c[k + 1];
                                    bestDistance = d;
                                }
                            }
                        }
                    }
                } else if (matches(bag, el, text, j)) {
                    int d = Math.abs(j - at);
                    if (d < bestDistance) {
                        bestFirst = j;
                        bestLast = j;
                        bestDistance = d;
                    }
                }
            }
            if (bestFirst < 0) {
                return;
            }
            for (int j = bestFirst; j <= bestLast; j++) {
                used[j - lo] = true;
            }
            first = Math.min(first, bestFirst);
            last = Math.max(last, bestLast);
        }
        int own = 0;
        for (boolean u : used) {
            own += u ? 1 : 0;
        }
        if (last - first + 1 - own <= BAG_EXTRA) {
            out.add(new Found(bag.phrase(), first, last));
        }
    }

    private static boolean free(boolean[] used, int lo, int from, int to) {
        for (int j = from; j <= to; j++) {
            if (used[j - lo]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the matches {@code out[from..]} of class lists (minus those an exception of the same
     * list overlaps) to the class index.
     */
    private int[][] classes(List<Found> out, int from, int size, int[][] classAt) {
        int[][] at = classAt == null ? new int[size][] : classAt;
        List<Found> exceptions = new ArrayList<>();
        for (int i = from; i < out.size(); i++) {
            if (out.get(i).phrase().exception() && out.get(i).phrase().classId() >= 0) {
                exceptions.add(out.get(i));
            }
        }
        for (int i = from; i < out.size(); i++) {
            Found f = out.get(i);
            int id = f.phrase().classId();
            if (f.phrase().exception() || id < 0 || excepted(exceptions, f)) {
                continue;
            }
            int[] cur = at[f.first()];
            int[] next = cur == null ? new int[2] : Arrays.copyOf(cur, cur.length + 2);
            next[next.length - 2] = id;
            next[next.length - 1] = f.last();
            at[f.first()] = next;
        }
        return at;
    }

    private static boolean excepted(List<Found> exceptions, Found f) {
        for (Found e : exceptions) {
            if (e.phrase().classId() == f.phrase().classId() && e.first() <= f.last() && e.last() >= f.first()) {
                return true;
            }
        }
        return false;
    }
}
