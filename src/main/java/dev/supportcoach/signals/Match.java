package dev.supportcoach.signals;

/**
 * A word-list entry found in a text.
 *
 * @param list the word list's name (its file name without {@code .txt})
 * @param start offset of the first char in the text
 * @param end offset just past the last char
 * @param key the entry as listed, so two matches of the same entry can be compared
 * @param replacement the list's suggested rewording, or {@code null}
 * @param negated whether a word of the {@code negation} list stands just before it, in its clause
 */
public record Match(String list, int start, int end, String key, String replacement, boolean negated) {
    /** A match that no negation word precedes. */
    public Match(String list, int start, int end, String key, String replacement) {
        this(list, start, end, key, replacement, false);
    }
}
