package dev.supportcoach.cli;

/** Cases done and the rate, on one rewritten stderr line; silent when off. */
final class Progress {
    private final boolean on;
    private final long start = System.nanoTime();
    private long count;
    private long lastPrint;

    Progress(boolean on) {
        this.on = on;
    }

    void tick() {
        count++;
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
        System.err.printf("\r%,d cases, %,.0f cases/s, %.0f s   ", count, count / secs, secs);
        System.err.flush();
    }

    void done() {
        if (on && count > 0) {
            print(System.nanoTime());
            System.err.println();
        }
    }
}
