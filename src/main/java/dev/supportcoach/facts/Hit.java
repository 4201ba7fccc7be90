package dev.supportcoach.facts;

/**
 * A word-list phrase found in a message or in the draft: the basic signal the rules reason over.
 * Read-only for the rules.
 */
public final class Hit {
    private final String list;
    private final Who who;
    private final int message;
    private final int start;
    private final int end;
    private final String text;
    private final String key;
    private final String replacement;
    private final boolean pending;
    private final boolean inQuestion;
    private final int sentence;
    private final boolean negated;

    public Hit(String list, Who who, int message, int start, int end, String text, String key,
               String replacement, boolean pending, boolean inQuestion, int sentence, boolean negated) {
        this.list = list;
        this.who = who;
        this.message = message;
        this.start = start;
        this.end = end;
        this.text = text;
        this.key = key;
        this.replacement = replacement;
        this.pending = pending;
        this.inQuestion = inQuestion;
        this.sentence = sentence;
        this.negated = negated;
    }

    /** The word list's name, e.g. {@code "blocked"}. */
    public String getList() { return list; }
    /** Whose words these are. */
    public Who getWho() { return who; }
    /** Index of the message in the conversation; -1 for the draft and for the ticket's subject. */
    public int getMessage() { return message; }
    /** Offset of the first char in the message (or draft). */
    public int getStart() { return start; }
    /** Offset just past the last char. */
    public int getEnd() { return end; }
    /** The words as written. */
    public String getText() { return text; }
    /** The list entry that matched, the same for every inflection of it. */
    public String getKey() { return key; }
    /** The list's suggested rewording, or {@code null}. */
    public String getReplacement() { return replacement; }
    /** {@code true} for customer words not yet answered by a public agent reply. */
    public boolean isPending() { return pending; }
    /** {@code true} when the sentence holding the words ends with '?': asked about, not reported. */
    public boolean isInQuestion() { return inQuestion; }
    /** The sentence the words are in, counted from 0 within their message (or the draft). */
    public int getSentence() { return sentence; }
    /**
     * {@code true} when a word of the {@code negation} list stands just before the words, in
     * their clause: "not urgent", «не срочно». Entries that hold their own negation ("not working")
     * are not negated by it.
     */
    public boolean isNegated() { return negated; }
    /** {@code true} for the customer's words in the ticket's subject line. */
    public boolean isInSubject() { return who == Who.CUSTOMER && message < 0; }

    @Override
    public String toString() {
        return "Hit(" + list + ", " + who + (message >= 0 ? " #" + message : isInSubject() ? " subject" : "") + ", \"" + text + "\""
                + (inQuestion ? ", ?" : "") + (negated ? ", negated" : "") + ")";
    }
}
