package dev.supportcoach;

/**
 * A rule as a user interface can list it, read from the DRL's metadata.
 *
 * @param id the stable UPPER_SNAKE id (the rule's name)
 * @param title a human title ({@code @title})
 * @param principle the principle ({@code @principle}); {@code null} for state and resolution rules
 * @param kind what the rule produces
 * @param priority its default priority, 1 first ({@code @priority}, default 5)
 * @param file the DRL file, relative to the rules directory
 * @param line the line the rule starts on
 */
public record RuleInfo(String id, String title, Principle principle, Kind kind, int priority, String file, int line) {
    /** What a rule produces. */
    public enum Kind {
        /** A recommendation ({@code Rec.of}). */
        RECOMMENDATION,
        /** A draft finding ({@code Finding.of} / {@code Finding.at}). */
        FINDING,
        /** An assessment of the customer's state ({@code Assessment.of}). */
        STATE,
        /** Anything else: ordering, de-duplication, conflicts. */
        RESOLUTION
    }
}
