package dev.supportcoach.cli;

/**
 * Cases done, the rate and, when the input size is known, the time left, on one rewritten
 * stderr line; silent when off.
 */
final class Progress {
    private final boolean on;
    private final long totalChars;
    private final long start = System.nanoTime();
    private long count;
    private long chars;
    private long lastPrint;

    /**
     * @param on whether to print at all
     * @param totalChars the size of all inputs in bytes, or 0 when unknown (standard input)
     */
    Progress(boolean on, long totalChars) {
        this.on = on;
        this.totalChars = totalChars;
    }

    void tick(long caseChars) {
        count++;
        chars += caseChars;
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint > 250_000_000L) {
            lastPrint = now;
            print(now);
        }
    }

    private void print(long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        String eta = "";
        if (totalChars > 0 && chars > 0 && chars < totalChars) {
            double left = secs * (totalChars - chars) / chars;
            eta = String.format(", %d%%, about %.0f s left", chars * 100 / totalChars, left);
        }
        System.err.printf("\r%,d %s, %,.0f cases/s%s   ", count, count == 1 ? "case" : "cases", count / secs, eta);
        System.err.flush();
    }

    /** Bytes of {@code s} in UTF-8, to compare with file sizes. */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    void done() {
        if (on && count > 0) {
            print(System.nanoTime());
            System.err.println();
        }
    }
}
