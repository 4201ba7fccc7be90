package dev.supportcoach.signals;

import java.util.List;
import java.util.Set;

/** Signals that are not words: capitals, runs of punctuation, paragraphs, lists, overlap. */
final class TextShape {
    private TextShape() {
    }

    /** Share of upper-case letters in {@code text[from, to)}, 0 when it has fewer than {@code minLetters}. */
    static double capsRatio(String text, int from, int to, int minLetters) {
        int letters = 0;
        int upper = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.isUpperCase(cp)) {
                    upper++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters < minLetters ? 0 : (double) upper / letters;
    }

    /** {@code end} extended over the punctuation that closes its sentence ("...done?!"). */
    static int sentenceEndAfter(String text, int end) {
        int e = end;
        while (e < text.length() && ".!?…".indexOf(text.charAt(e)) >= 0) {
            e++;
        }
        return e;
    }

    static int longestRun(String text, char c) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                run++;
                best = Math.max(best, run);
            } else {
                run = 0;
            }
        }
        return best;
    }

    /** Questions in {@code text[from, to)}: runs of '?' count once. */
    static int questions(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '?' && (i == from || text.charAt(i - 1) != '?')) {
                n++;
            }
        }
        return n;
    }

    /**
     * {paragraph count, words in the longest paragraph, its start, its end}; paragraphs are
     * separated by a blank line.
     */
    static int[] paragraphWords(List<Token> tokens, String text) {
        int paragraphs = 0;
        int[] longest = {0, 0, 0};
        int current = 0;
        int currentStart = 0;
        int prevEnd = -1;
        for (Token t : tokens) {
            if (prevEnd >= 0 && blankLineBetween(text, prevEnd, t.start())) {
                if (current > longest[0]) {
                    longest = new int[] {current, currentStart, prevEnd};
                }
                current = 0;
            }
            if (current == 0) {
                paragraphs++;
                currentStart = t.start();
            }
            current++;
            prevEnd = t.end();
        }
        if (current > longest[0]) {
            longest = new int[] {current, currentStart, prevEnd};
        }
        return new int[] {paragraphs, longest[0], longest[1], longest[2]};
    }

    private static boolean blankLineBetween(String text, int from, int to) {
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
                if (newlines >= 2) {
                    return true;
                }
            } else if (!Character.isWhitespace(c)) {
                newlines = 0;
            }
        }
        return false;
    }

    /** The {@code [start, end)} of each line of {@code text[0, end)} that starts like a list item. */
    static List<int[]> listItems(String text, int end) {
        List<int[]> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < end) {
            int nl = text.indexOf('\n', i);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            if (startsListItem(text, i, lineEnd)) {
                out.add(new int[] {i, lineEnd});
            }
            i = lineEnd + 1;
        }
        return out;
    }

    /** Lines that start like a list item: "1.", "2)", "-", "*", "•". */
    static int listLines(String text) {
        return listItems(text, text.length()).size();
    }

    /** Whether the line {@code text[from, to)} starts like a list item, after spaces or tabs. */
    private static boolean startsListItem(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int j = i;
        while (j < to && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j > i && j < to && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
            return true;
        }
        return i + 1 < to && "-*•".indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ';
    }

    /** Where the first sentence ends (exclusive), for findings about the draft as a whole. */
    static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                int end = c == '\n' ? (i > 0 && text.charAt(i - 1) == '\r' ? i - 1 : i) : i + 1;
                if (text.substring(0, end).isBlank()) {
                    continue;
                }
                return end;
            }
        }
        return text.length();
    }

    /** Share of the smaller set's words found in the other (0..1). */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String s : small) {
            if (large.contains(s)) {
                common++;
            }
        }
        return (double) common / small.size();
    }

    /** {@code true} when the sentence going on at {@code from} ends with '?'. */
    static boolean inQuestion(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (c == '!' || c == '\n' || c == '\u2026'
                    || c == '.' && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                return false;
            }
        }
        return false;
    }
}
