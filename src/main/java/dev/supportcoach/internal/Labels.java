package dev.supportcoach.internal;

import dev.supportcoach.CustomerState;
import dev.supportcoach.DisplayNames;
import dev.supportcoach.Principle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The labels block of a phrasing catalog: the words of the text report ({@code label.say}),
 * and the names reports show for principles ({@code principle.EMPATHY}) and customer states
 * ({@code state.BLOCKED}). Rules do not use these keys; {@code validate} reports the ones a
 * language lacks. A name that is missing shows as its code, so a new principle or state never
 * breaks a report; a missing report label shows as its key.
 */
final class Labels {
    static final String LABEL = "label.";
    static final String PRINCIPLE = "principle.";
    static final String STATE = "state.";
    /** The report labels, {@code label.NAME}. {@code quoted} marks a quotation, e.g. “{text}”. */
    static final List<String> REPORT = List.of("ticket", "customer", "calm", "warning", "actions", "noActions", "why", "say",
            "draft", "draftFine", "better", "deleteIt", "quoted", "replaceWith", "revised");

    private final Phrasing phrasing;
    private final String lang;

    Labels(Phrasing phrasing, String lang) {
        this.phrasing = phrasing;
        this.lang = lang;
    }

    /** The report label {@code label.NAME}; its key when the catalog lacks it. */
    String label(String name) {
        return orElse(LABEL + name, LABEL + name);
    }

    String principle(Principle p) {
        return orElse(PRINCIPLE + p.name(), p.name());
    }

    String state(CustomerState s) {
        return orElse(STATE + s.name(), s.name());
    }

    /** The names of every principle and every state in this language. */
    DisplayNames names() {
        Map<Principle, String> principles = new EnumMap<>(Principle.class);
        Arrays.stream(Principle.values()).forEach(p -> principles.put(p, principle(p)));
        Map<CustomerState, String> states = new EnumMap<>(CustomerState.class);
        Arrays.stream(CustomerState.values()).forEach(s -> states.put(s, state(s)));
        return new DisplayNames(lang, principles, states);
    }

    /** {@code text} in the language's quotation marks ({@code label.quoted}); “…” when the catalog has none. */
    String quoted(String text) {
        String q = phrasing.render(lang, LABEL + "quoted", Map.of("text", text));
        return q != null ? q : "\u201C" + text + "\u201D";
    }

    private String orElse(String key, String fallback) {
        String t = phrasing.render(lang, key, Map.of());
        return t != null && !t.isBlank() ? t : fallback;
    }

    /** Every key a catalog's labels block needs. */
    static List<String> required() {
        List<String> keys = new ArrayList<>();
        REPORT.forEach(n -> keys.add(LABEL + n));
        Arrays.stream(Principle.values()).forEach(p -> keys.add(PRINCIPLE + p.name()));
        Arrays.stream(CustomerState.values()).forEach(s -> keys.add(STATE + s.name()));
        return keys;
    }

    /** Whether {@code key} belongs to the labels block rather than to a rule. */
    static boolean isLabelKey(String key) {
        return key.startsWith(LABEL) || key.startsWith(PRINCIPLE) || key.startsWith(STATE);
    }

    /** Why a key of the labels block is not one Java reads (a typo), or {@code null} when it is. */
    static String unknown(String key) {
        if (required().contains(key)) {
            return null;
        }
        if (key.startsWith(LABEL)) {
            return "'" + key + "' is not a report label (" + LABEL + "{" + String.join(", ", REPORT) + "})";
        }
        if (key.startsWith(PRINCIPLE)) {
            return "'" + key + "' names no principle (one of " + Arrays.toString(Principle.values()) + ")";
        }
        return "'" + key + "' names no customer state (one of " + Arrays.toString(CustomerState.values()) + ")";
    }
}
