package dev.supportcoach;

/**
 * Size limits on a case, checked before any work is done. A case over a limit fails with a
 * {@link LimitExceededException} naming it.
 *
 * @param maxMessages most messages in a conversation (default 2,000)
 * @param maxMessageChars most characters in one message (default 100,000)
 * @param maxDraftChars most characters in a draft (default 50,000)
 * @param maxTotalChars most characters in all texts together (default 1,000,000)
 */
public record Limits(int maxMessages, int maxMessageChars, int maxDraftChars, long maxTotalChars) {
    /** The defaults: 2,000 messages, 100,000 characters a message, 50,000 a draft, 1,000,000 in all. */
    public static final Limits DEFAULT = new Limits(2_000, 100_000, 50_000, 1_000_000);

    /**
     * @throws IllegalArgumentException if a limit is not positive
     */
    public Limits {
        if (maxMessages <= 0 || maxMessageChars <= 0 || maxDraftChars <= 0 || maxTotalChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Checks a case against these limits.
     *
     * @throws LimitExceededException naming the first limit the case is over
     */
    public void check(SupportCase c) {
        if (c.conversation().size() > maxMessages) {
            throw new LimitExceededException("maxMessages", c.conversation().size(), maxMessages);
        }
        long total = 0;
        for (Message m : c.conversation()) {
            int n = m.text().length();
            if (n > maxMessageChars) {
                throw new LimitExceededException("maxMessageChars", n, maxMessageChars);
            }
            total += n;
        }
        if (c.draft() != null) {
            if (c.draft().length() > maxDraftChars) {
                throw new LimitExceededException("maxDraftChars", c.draft().length(), maxDraftChars);
            }
            total += c.draft().length();
        }
        if (total > maxTotalChars) {
            throw new LimitExceededException("maxTotalChars", total, maxTotalChars);
        }
    }
}
