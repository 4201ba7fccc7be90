package dev.supportcoach.signals;

/**
 * One word of a text after normalisation.
 *
 * @param start offset of the word's first char in the original text (UTF-16)
 * @param end offset just past its last char
 * @param stem the normalised, stemmed form that word lists are matched against
 * @param sentence the index of the sentence it is in; matches never cross sentences
 */
public record Token(int start, int end, String stem, int sentence) {
}
