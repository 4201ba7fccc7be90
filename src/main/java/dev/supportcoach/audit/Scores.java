package dev.supportcoach.audit;

/** Score arithmetic shared by every scope, so a figure is computed one way everywhere. */
final class Scores {
    private Scores() {
    }

    /** {@code part / whole} as a percentage rounded half up to one decimal; {@code whole > 0}. */
    static double percent(double part, double whole) {
        return Math.round(part * 1000.0 / whole) / 10.0;
    }
}
