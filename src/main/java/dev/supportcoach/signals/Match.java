package dev.supportcoach.signals;

/**
 * A word-list phrase found in a text.
 *
 * @param list the word list's name (its file name without {@code .txt})
 * @param start offset of the first char in the text
 * @param end offset just past the last char
 * @param key the phrase as listed, so two matches of the same phrase can be compared
 * @param replacement the list's suggested rewording, or {@code null}
 */
public record Match(String list, int start, int end, String key, String replacement) {
}
