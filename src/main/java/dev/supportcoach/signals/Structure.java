package dev.supportcoach.signals;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Signals that Java reads from the shape of a text rather than from word lists. Each becomes a
 * {@link Match} of a reserved list name, so rules see it like a word-list hit (who wrote it,
 * where, in which sentence):
 * <ul>
 * <li>{@value #CAPS_RUN}: shouting confined to a phrase: three or more words in capitals in a
 *     row, or {@value #CAPS_LETTERS} capital letters in a row, wherever they stand in a message
 *     (a whole-message share of capitals misses one shouted clause);
 * <li>{@value #QUESTION}: a direct question, a sentence that ends with '?';
 * <li>{@value #LOG}: machine output pasted into a message: a code fence, log lines with
 *     timestamps, markup or a stack trace (the customer did diagnostic work);
 * <li>{@value #MENU_PATH}: a path through menus, "Settings &gt; Billing" or "Настройки → Профиль"
 *     (an instruction to follow);
 * <li>{@value #EXCLAIM}: three or more '!' or '?' in a row, or the two mixed ("?!");
 * <li>{@value #UNANSWERED}: a pending customer question that the draft does not touch;
 * <li>{@value #REQUEST_LIST}: a customer's list of several requests ("2. bulk edit prices? 3. add a
 *     CSV export"): at least {@value #REQUEST_ITEMS} list items that end with '?' or hold a phrase
 *     of the {@value #REQUEST_WORDS} word list; steps ("1. click Save") and specs ("OS: 14.2") are not
 *     requests.
 * </ul>
 */
public final class Structure {
    public static final String CAPS_RUN = "caps_run";
    public static final String QUESTION = "question";
    public static final String LOG = "log_block";
    public static final String MENU_PATH = "menu_path";
    /** Runs of three or more '!' or '?', or '?' and '!' mixed ("?!", "!!?"): exasperation. */
    public static final String EXCLAIM = "exclaim";
    /**
     * A question the customer asked in the pending messages that the draft does not touch: none of
     * its topic words (all but {@code function_words}) appear in the draft.
     */
    public static final String UNANSWERED = "unanswered_question";
    /**
     * A technical term in a reply, known by its shape: an abbreviation in capitals (Latin or
     * Cyrillic: "ONT", «СКЗИ»), a camelCase name, an identifier, a version ("IPv4", "5.0 R3").
     */
    public static final String TECH_TERM = "tech_term";
    /** A list of several requests in one customer message (see {@link #requestList}). */
    public static final String REQUEST_LIST = "request_list";
    /** The word list whose phrases make a list item a request ("could you add", «можно ли»). */
    public static final String REQUEST_WORDS = "request";
    /** List items that must be requests for a list to be a request list. */
    static final int REQUEST_ITEMS = 2;
    /** The list names Java fills; a word list may not take one of them. */
    public static final List<String> NAMES = List.of(CAPS_RUN, QUESTION, LOG, MENU_PATH, UNANSWERED, EXCLAIM, REQUEST_LIST, TECH_TERM);

    /**
     * The span from the first to the last request item of {@code text[0, end)}, as a
     * {@value #REQUEST_LIST} match, when at least {@value #REQUEST_ITEMS} of its list items are
     * requests: they end with '?' or hold one of {@code matches} of the {@value #REQUEST_WORDS} list.
     */
    static void requestList(String text, int end, List<Match> matches, List<Match> out) {
        int first = -1;
        int last = -1;
        int requests = 0;
        for (int[] item : TextShape.listItems(text, end)) {
            String line = text.substring(item[0], item[1]).strip();
            boolean request = line.endsWith("?");
            for (int k = 0; k < matches.size() && !request; k++) {
                Match m = matches.get(k);
                request = m.list().equals(REQUEST_WORDS) && m.start() >= item[0] && m.end() <= item[1];
            }
            if (request) {
                requests++;
                first = first < 0 ? item[0] : first;
                last = item[1];
            }
        }
        if (requests >= REQUEST_ITEMS) {
            out.add(new Match(REQUEST_LIST, first, last, REQUEST_LIST, null, false));
        }
    }

    /** Capital letters in a row (across spaces) that count as shouting even in one or two words. */
    static final int CAPS_LETTERS = 15;
    /** Words in capitals in a row that count as shouting. */
    static final int CAPS_WORDS = 3;

    private Structure() {
    }

    /** Every structural signal of {@code text[from, to)} that applies to a text of this kind. */
    static void find(String text, int from, int to, boolean customer, boolean agentOrDraft, List<Match> out) {
        capsRuns(text, from, to, out);
        questions(text, from, to, out);
        exclaims(text, from, to, out);
        if (customer) {
            logs(text, from, to, out);
        }
        if (agentOrDraft) {
            menuPaths(text, from, to, out);
        }
    }

    /**
     * Runs of words in capitals (of two letters or more; one-letter words like "I" neither start nor
     * break a run). Code is not shouting: words inside `backticks` and words joined to "_", "<",
     * ">", "/", "=" or a digit (ERR_HOST_ID, &lt;ERRCODE&gt;) break a run.
     */
    static void capsRuns(String text, int from, int to, List<Match> out) {
        int runStart = -1;
        int runEnd = -1;
        int words = 0;
        int letters = 0;
        boolean inCode = false;
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (cp == '`') {
                inCode = !inCode;
            }
            if (!Character.isLetter(cp)) {
                if (cp == '\n' && words > 0) {
                    emitCaps(runStart, runEnd, words, letters, out);
                    words = 0;
                    letters = 0;
                }
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            int upper = 0;
            int n = 0;
            while (i < to && Character.isLetter(text.codePointAt(i))) {
                int c = text.codePointAt(i);
                n++;
                upper += Character.isUpperCase(c) ? 1 : 0;
                i += Character.charCount(c);
            }
            boolean code = inCode || s > from && codeMark(text.charAt(s - 1)) || i < to && codeMark(text.charAt(i));
            if (code) {
                emitCaps(runStart, runEnd, words, letters, out);
                words = 0;
                letters = 0;
            } else if (n >= 2 && upper == n) {
                if (words == 0) {
                    runStart = s;
                }
                words++;
                letters += n;
                runEnd = i;
            } else if (n >= 2 || upper == 0) {
                emitCaps(runStart, runEnd, words, letters, out);
                words = 0;
                letters = 0;
            }
        }
        emitCaps(runStart, runEnd, words, letters, out);
    }

    /** A character that joins a word into code: an identifier, a tag, a path or an assignment. */
    private static boolean codeMark(char c) {
        return c == '_' || c == '<' || c == '>' || c == '/' || c == '=' || asciiDigit(c);
    }

    private static void emitCaps(int start, int end, int words, int letters, List<Match> out) {
        if (words >= CAPS_WORDS && letters >= 2 * CAPS_WORDS + 2 || letters >= CAPS_LETTERS) {
            out.add(new Match(CAPS_RUN, start, end, CAPS_RUN, null, false));
        }
    }

    /** Punctuation stripped from either end of a word: ASCII punctuation and typographic quotes. */
    private static final String QUOTES = "\u00AB\u00BB\u201C\u201D\u201E\u2018\u2019";

    private static boolean punctuation(char c) {
        return c < 128 ? c > ' ' && c < 127 && !Character.isLetterOrDigit(c) : QUOTES.indexOf(c) >= 0;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** "PostgreSQL", "JavaScript": ASCII letters only, a lower-case letter followed by a capital somewhere. */
    static boolean camelCase(String w) {
        boolean inner = false;
        for (int i = 0; i < w.length(); i++) {
            if (!asciiLetter(w.charAt(i))) {
                return false;
            }
            inner |= i > 0 && Character.isUpperCase(w.charAt(i)) && w.charAt(i - 1) >= 'a' && w.charAt(i - 1) <= 'z';
        }
        return inner;
    }

    /** "DNS", "README": three to six ASCII capitals. */
    static boolean abbreviation(String w) {
        if (w.length() < 3 || w.length() > 6) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < 'A' || w.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * "checkout.js", "updated_at": a letter or '_', letters and digits, then at the first '.' or '_'
     * after the first character a tail of one or more letters, digits and '_'; not "e.g"-like initials.
     */
    static boolean identifier(String w) {
        int n = w.length();
        if (n < 3 || !(asciiLetter(w.charAt(0)) || w.charAt(0) == '_')) {
            return false;
        }
        int k = 1;
        while (k < n && (asciiLetter(w.charAt(k)) || asciiDigit(w.charAt(k)))) {
            k++;
        }
        if (k >= n - 1 || w.charAt(k) != '.' && w.charAt(k) != '_') {
            return false;
        }
        for (int i = k + 1; i < n; i++) {
            char c = w.charAt(i);
            if (!(asciiLetter(c) || asciiDigit(c) || c == '_')) {
                return false;
            }
        }
        boolean initials = n == 3 && w.charAt(1) == '.' && w.charAt(0) >= 'a' && w.charAt(0) <= 'z' && w.charAt(2) >= 'a' && w.charAt(2) <= 'z';
        return !initials;
    }

    /** "1.18.0", "v2.3.4-beta": an optional 'v', three dot-separated runs of digits, then anything on the line. */
    static boolean version(String w) {
        int i = w.startsWith("v") ? 1 : 0;
        for (int part = 0; part < 3; part++) {
            if (part > 0) {
                if (i >= w.length() || w.charAt(i) != '.') {
                    return false;
                }
                i++;
            }
            int start = i;
            while (i < w.length() && asciiDigit(w.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        for (; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false; // the end of a line ends what a version may carry after it
            }
        }
        return true;
    }

    /**
     * The distinct technical terms in {@code text[from, to)}, by their shape: code in backticks,
     * names with a capital inside ("PostgreSQL", "JavaScript"), abbreviations in capitals of three
     * to six letters ("README", "DNS"), dotted or snake_case identifiers ("checkout.js",
     * "updated_at"), command-line flags ("--dry-run") and version strings ("1.18.0"). A customer
     * who writes two or more writes like a technician.
     */
    static void technicalTerms(String text, int from, int to, java.util.Set<String> out) {
        for (int[] w : words(text, from, to)) {
            String core = term(text, w[0], w[1], w[2]);
            if (core != null) {
                out.add(core.toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /**
     * The {@value #TECH_TERM} matches of {@code text[from, to)}: each word {@link #technicalTerms}
     * counts, and Cyrillic abbreviations («СКЗИ», «ЕСИА»).
     */
    static void techTermMatches(String text, int from, int to, List<Match> out) {
        for (int[] w : words(text, from, to)) {
            // the core has no punctuation around it, backticks included
            if (term(text, w[0], w[1], w[2]) != null || cyrillicAbbreviation(text, w[1], w[2])) {
                out.add(new Match(TECH_TERM, w[1], w[2], TECH_TERM, null, false));
            }
        }
    }

    /**
     * The words of {@code text[from, to)} split at white space: for each, where it starts and its
     * core {@code [a, b)} without the punctuation around it; links and "[placeholders]" left out.
     */
    private static List<int[]> words(String text, int from, int to) {
        List<int[]> out = new java.util.ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < to && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int a = s;
            int b = i;
            while (a < b && punctuation(text.charAt(a))) {
                a++;
            }
            while (b > a && punctuation(text.charAt(b - 1))) {
                b--;
            }
            if (a < b && !text.startsWith("http", a) && text.charAt(a) != '[') {
                out.add(new int[] {s, a, b});
            }
        }
        return out;
    }

    /** The word starting at {@code s}, core {@code [a, b)}, when it has a technical term's shape; else null. */
    private static String term(String text, int s, int a, int b) {
        if (text.charAt(s) != '`' && !text.startsWith("--", s) && !mayBeTerm(text, a, b)) {
            return null; // most words: none of the shapes below can match, so no substring either
        }
        String core = text.substring(a, b);
        boolean tech = text.charAt(s) == '`' || text.startsWith("--", s) && core.length() > 1
                || core.length() >= 4 && camelCase(core) || abbreviation(core) || identifier(core) || version(core);
        return tech ? core : null;
    }

    /** «СКЗИ», «ЕСИА»: three to six Cyrillic capitals. */
    private static boolean cyrillicAbbreviation(String text, int a, int b) {
        if (b - a < 3 || b - a > 6) {
            return false;
        }
        for (int k = a; k < b; k++) {
            char c = text.charAt(k);
            if (Character.UnicodeBlock.of(c) != Character.UnicodeBlock.CYRILLIC || !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text[a, b)} has a character that {@link #camelCase}, {@link #abbreviation},
     * {@link #identifier} or {@link #version} needs: an ASCII capital, an ASCII digit, '.' or '_'.
     */
    private static boolean mayBeTerm(String text, int a, int b) {
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || asciiDigit(c) || c == '.' || c == '_') {
                return true;
            }
        }
        return false;
    }

    /** Runs of '!' and '?' of three or more, or mixing both. */
    static void exclaims(String text, int from, int to, List<Match> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c != '!' && c != '?') {
                i++;
                continue;
            }
            int j = i;
            boolean mixed = false;
            while (j < to && (text.charAt(j) == '!' || text.charAt(j) == '?')) {
                mixed |= text.charAt(j) != c;
                j++;
            }
            if (j - i >= 3 || mixed) {
                out.add(new Match(EXCLAIM, i, j, EXCLAIM, null, false));
            }
            i = j;
        }
    }

    /** Sentences that end with '?': from the sentence's first letter to the question mark. */
    static void questions(String text, int from, int to, List<Match> out) {
        int sentenceStart = -1;
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (sentenceStart < 0) {
                    sentenceStart = i;
                }
                if (!inWord) {
                    words++;
                }
                inWord = true;
                continue;
            }
            inWord = false;
            if (c == '?' && sentenceStart >= 0) {
                int end = i + 1;
                while (end < to && (text.charAt(end) == '?' || text.charAt(end) == '!')) {
                    end++;
                }
                if (words >= 2) {
                    out.add(new Match(QUESTION, sentenceStart, end, QUESTION, null, false));
                }
                sentenceStart = -1;
                words = 0;
                i = end - 1;
            } else if (c == '.' || c == '!' || c == '\n' || c == ';' || c == '\u2026') {
                if (c == '.' && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    continue; // "v1.2", "example.com"
                }
                sentenceStart = -1;
                words = 0;
            }
        }
    }

    /**
     * Machine output: one strong line (a code fence, a timestamp, markup, a stack frame) or two
     * lines dense with code punctuation. The match spans the first to the last such line.
     */
    static void logs(String text, int from, int to, List<Match> out) {
        int first = -1;
        int last = -1;
        int strong = 0;
        int weak = 0;
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            String line = text.substring(lineStart, lineEnd).strip();
            int kind = logLine(line);
            if (kind > 0) {
                if (first < 0) {
                    first = lineStart;
                    while (Character.isWhitespace(text.charAt(first))) {
                        first++;
                    }
                }
                last = lineEnd;
                strong += kind == 2 ? 1 : 0;
                weak += kind == 1 ? 1 : 0;
            }
            lineStart = lineEnd + 1;
        }
        if (first >= 0 && (strong >= 1 || weak >= 2)) {
            while (last > first && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            out.add(new Match(LOG, first, last, LOG, null, false));
        }
    }

    // Compiled once (String.matches compiled each pattern again for every line read). A timestamp
    // and an exception name may stand anywhere in the line: found, not matched with ".*" around them.
    private static final Pattern TIMESTAMP = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}");
    private static final Pattern STACK_FRAME = Pattern.compile("(?s)at [\\w$.]+\\(.*\\).*");
    private static final Pattern MARKUP = Pattern.compile("(?s)<[A-Za-z_][\\w.:-]*>.*</[\\w.:-]+>");
    private static final Pattern EXCEPTION = Pattern.compile("\\b\\w+(Exception|Error)\\b[:(]");

    /** 2 for a line that is surely machine output, 1 for one that looks like code, 0 otherwise. */
    static int logLine(String line) {
        if (line.length() < 3) {
            return 0;
        }
        if (line.startsWith("```") || line.startsWith("<?xml") || line.startsWith("Traceback")
                || line.indexOf(':') >= 0 && TIMESTAMP.matcher(line).find()
                || line.startsWith("at ") && STACK_FRAME.matcher(line).matches()
                || line.charAt(0) == '<' && MARKUP.matcher(line).matches()
                || (line.contains("Exception") || line.contains("Error")) && EXCEPTION.matcher(line).find()) {
            return 2;
        }
        int code = 0;
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("<>{}[]=;/\\_|$".indexOf(c) >= 0) {
                code++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return code >= 3 && code * 4 >= letters ? 1 : 0;
    }

    /** "A > B", "A → B", "A -> B" between words: a menu path in an instruction. */
    static void menuPaths(String text, int from, int to, List<Match> out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int len = c == '>' || c == '\u2192' || c == '\u00BB' ? 1 : c == '-' && i + 1 < to && text.charAt(i + 1) == '>' ? 2 : 0;
            if (len == 0 || (c == '>' && i > from && text.charAt(i - 1) == '-')) {
                continue;
            }
            int l = i - 1;
            while (l >= from && text.charAt(l) == ' ') {
                l--;
            }
            int r = i + len;
            while (r < to && text.charAt(r) == ' ') {
                r++;
            }
            // "a > b" with spaces, or an arrow; "a>b" is code, not a menu
            boolean spaced = l < i - 1 && r > i + len;
            if (l >= from && r < to && Character.isLetter(text.charAt(l)) && Character.isLetter(text.charAt(r))
                    && (spaced || c != '>')) {
                int s = l;
                while (s > from && Character.isLetter(text.charAt(s - 1))) {
                    s--;
                }
                int e = r;
                while (e < to && Character.isLetter(text.charAt(e))) {
                    e++;
                }
                out.add(new Match(MENU_PATH, s, e, MENU_PATH, null, false));
            }
        }
    }
}
