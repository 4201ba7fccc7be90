package dev.supportcoach.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The mechanics that make a word list's rewrite read correctly where it lands in the draft, and
 * that apply all of them to give the revised draft. A rewrite is written once, in lower case, for
 * any position; here it takes the case of the words it replaces, and a deletion takes its
 * surrounding space with it (and, at the start of a sentence, capitalises the word that now starts
 * it), so that applying every replacement exactly on its span gives a text that reads right.
 */
final class Revision {
    private Revision() {
    }

    /** A replacement of {@code draft[start, end)} by {@code text}. */
    record Edit(int start, int end, String text) {
    }

    /**
     * The edit that replaces {@code draft[start, end)} by {@code rewrite}: the rewrite in the
     * case of the words it replaces; for a deletion ({@code ""}), the span grown over one adjacent
     * space, and over the next word when the deleted words began a sentence, so the sentence
     * starts with a capital again.
     */
    static Edit fit(String draft, int start, int end, String rewrite) {
        if (!rewrite.isEmpty()) {
            return new Edit(start, end, matchCase(draft, start, rewrite));
        }
        int s = start;
        int e = end;
        boolean sentenceStart = startsSentence(draft, start);
        if (e < draft.length() && draft.charAt(e) == ' ') {
            e++; // "Obviously the" -> "the"
        } else if (s > 0 && draft.charAt(s - 1) == ' ') {
            s--; // "... help, obviously." -> "... help."
            if (s > 0 && (draft.charAt(s - 1) == ',' || draft.charAt(s - 1) == ';') && (e >= draft.length()
                    || ".!?\u2026".indexOf(draft.charAt(e)) >= 0)) {
                s--; // the last clause of a sentence goes with its comma: "a, b." -> "a."
            }
        }
        // a comma left dangling after the deleted words goes with them: "Obviously, the"
        if (s == start && e < draft.length() && draft.charAt(e) == ',' ) {
            e++;
            if (e < draft.length() && draft.charAt(e) == ' ') {
                e++;
            }
        }
        if (sentenceStart && e < draft.length() && Character.isLowerCase(draft.codePointAt(e))) {
            int w = e;
            while (w < draft.length() && Character.isLetter(draft.codePointAt(w))) {
                w += Character.charCount(draft.codePointAt(w));
            }
            String next = draft.substring(e, w);
            return new Edit(s, w, capitalise(next));
        }
        return new Edit(s, e, "");
    }

    /**
     * Whether a fixed rewrite can take the place of {@code draft[start, end)}: the words fill whole
     * clauses (from a clause's start to its end: a comma, a full stop, a dash, a line end), so the
     * rewrite, written as a clause, reads right; or they are one word swapped for another ("комп"
     * for «компьютер»). A rewrite for part of a clause would leave its other words stranded
     * ("Changing language is here is how to click").
     */
    static boolean fitsInPlace(String draft, int start, int end, boolean oneWord) {
        if (oneWord) {
            return true;
        }
        int b = start - 1;
        while (b >= 0 && (draft.charAt(b) == ' ' || draft.charAt(b) == '\t')) {
            b--;
        }
        boolean opens = b < 0 || ",.!?;:\u2014\u2013-(\n\u2026\"\u00AB\u201C".indexOf(draft.charAt(b)) >= 0;
        int a = end;
        while (a < draft.length() && (draft.charAt(a) == ' ' || draft.charAt(a) == '\t')) {
            a++;
        }
        boolean closes = a >= draft.length() || ",.!?;:\u2014\u2013-)\n\u2026\"\u00BB\u201D".indexOf(draft.charAt(a)) >= 0;
        return opens && closes;
    }

    /** {@code draft} with every edit applied; edits that overlap an earlier one are skipped. */
    static String apply(String draft, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(ed -> -ed.end()));
        StringBuilder sb = new StringBuilder(draft.length() + 32);
        int at = 0;
        for (Edit ed : sorted) {
            if (ed.start() < at) {
                continue;
            }
            sb.append(draft, at, ed.start()).append(ed.text());
            at = ed.end();
        }
        return sb.append(draft, at, draft.length()).toString();
    }

    /** Whether the edits do not overlap one another (so each applies exactly on its span). */
    static boolean disjoint(List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start() < sorted.get(i - 1).end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rewrite in the case its place needs: a capital at the start of a sentence, lower case
     * elsewhere ("I", "I'll" and acronyms keep theirs).
     */
    static String matchCase(String draft, int start, String rewrite) {
        if (rewrite.isEmpty()) {
            return rewrite;
        }
        if (startsSentence(draft, start)) {
            return capitalise(rewrite);
        }
        int first = Character.charCount(rewrite.codePointAt(0));
        boolean keep = rewrite.equals("I") || rewrite.startsWith("I ") || rewrite.startsWith("I'")
                || rewrite.length() > first && Character.isUpperCase(rewrite.codePointAt(first));
        return keep ? rewrite : decapitalise(rewrite);
    }

    /** Whether {@code draft[at]} begins a sentence: the text's start, or after . ! ? or a line break. */
    static boolean startsSentence(String draft, int at) {
        int i = at - 1;
        while (i >= 0 && (draft.charAt(i) == ' ' || draft.charAt(i) == '\t' || draft.charAt(i) == '"' || draft.charAt(i) == '\u00AB'
                || draft.charAt(i) == '\u201C' || draft.charAt(i) == '(')) {
            i--;
        }
        return i < 0 || ".!?\n\u2026".indexOf(draft.charAt(i)) >= 0;
    }

    static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(cp)).append(s, Character.charCount(cp), s.length()).toString();
    }

    private static String decapitalise(String s) {
        int cp = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(cp)).append(s, Character.charCount(cp), s.length()).toString();
    }
}
