package dev.supportcoach.facts;

import dev.supportcoach.Principle;
import org.kie.api.definition.rule.Rule;

/** Reads the {@code @key(value)} metadata of a rule. */
public final class RuleMeta {
    /** Metadata key: the principle a rule serves. */
    public static final String PRINCIPLE = "principle";
    /** Metadata key: the human title. */
    public static final String TITLE = "title";
    /** Metadata key: the rule's default priority, 1 (first) to 9. */
    public static final String PRIORITY = "priority";
    /** Metadata key: the need a recommendation answers; one recommendation per need survives. */
    public static final String NEED = "need";
    /** Priority when a rule gives none. */
    public static final int DEFAULT_PRIORITY = 5;

    private RuleMeta() {
    }

    public static String string(Rule rule, String key) {
        return text(rule.getMetaData().get(key));
    }

    /** A metadata value as text, without the quotes {@code @title("...")} keeps; {@code null} stays {@code null}. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    public static Principle principle(Rule rule) {
        String s = string(rule, PRINCIPLE);
        if (s == null) {
            throw new IllegalStateException("rule " + rule.getName() + " has no @principle");
        }
        return Principle.valueOf(s);
    }

    public static int priority(Rule rule) {
        String s = string(rule, PRIORITY);
        if (s == null) {
            return DEFAULT_PRIORITY;
        }
        return Integer.parseInt(s);
    }
}
