package dev.supportcoach.signals;

/**
 * One word of a text after normalisation (or one emoji or emoticon, whose stem is its canonical form).
 *
 * @param start offset of the word's first char in the original text (UTF-16)
 * @param end offset just past its last char
 * @param stem the normalised, stemmed form that word lists are matched against
 * @param sentence the index of the sentence it is in; matches never cross sentences
 * @param clause the index of the clause within its sentence: commas, colons, dashes and
 *     brackets separate clauses; negation reaches only within one
 * @param form the word as written, lower-cased and normalised but not stemmed (an entry's
 *     {@code =word} matches it exactly)
 */
public record Token(int start, int end, String stem, int sentence, int clause, String form) {
    /** A token in the first clause of its sentence, whose form is its stem. */
    public Token(int start, int end, String stem, int sentence) {
        this(start, end, stem, sentence, 0, stem);
    }

    /** Whether this and {@code other} are in the same clause of the same sentence. */
    public boolean sameClause(Token other) {
        return sentence == other.sentence && clause == other.clause;
    }
}
