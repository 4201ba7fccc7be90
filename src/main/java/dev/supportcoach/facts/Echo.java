package dev.supportcoach.facts;

/**
 * A sentence of the draft that says again what an earlier agent reply said: most of its topic
 * words (all but {@code function_words}) appear in one sentence of that reply. Java finds these
 * sentence by sentence, so a draft that re-sends one line of a long earlier reply is caught.
 * Read-only for the rules.
 */
public final class Echo {
    private final int start;
    private final int end;
    private final String text;
    private final int message;
    private final double overlap;

    public Echo(int start, int end, String text, int message, double overlap) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.message = message;
        this.overlap = overlap;
    }

    /** Where the sentence starts in the draft. */
    public int getStart() { return start; }
    /** Where it ends (exclusive). */
    public int getEnd() { return end; }
    /** The draft's sentence. */
    public String getText() { return text; }
    /** The earlier agent message it repeats (its index in the conversation). */
    public int getMessage() { return message; }
    /** The share of the sentence's topic words found in the earlier one (0..1). */
    public double getOverlap() { return overlap; }

    @Override
    public String toString() {
        return "Echo(draft " + start + ".." + end + " repeats #" + message + ", " + String.format("%.2f", overlap) + ")";
    }
}
