package dev.supportcoach;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What people read for each principle and customer state in one language, e.g. {@code BLOCKED}
 * as "blocked" in English and "работа стоит" in Russian: the names reports and user interfaces
 * show instead of the codes. They come from the labels block of the rules' phrasing catalog
 * ({@code principle.EMPATHY = ...}, {@code state.BLOCKED = ...}), so a rule author renames them
 * without touching Java.
 *
 * <p>Both maps hold every constant, in declaration order; a constant the given map lacks, or
 * names blank, is named by its code, as the text report shows it. They cannot be modified.
 *
 * @param language the language code of the catalog, e.g. {@code "ru"}
 * @param principles every principle to its name
 * @param states every customer state to its name
 */
public record DisplayNames(String language, Map<Principle, String> principles, Map<CustomerState, String> states) {
    /**
     * @throws NullPointerException if an argument is {@code null}
     */
    public DisplayNames {
        Objects.requireNonNull(language, "language must not be null");
        principles = complete(Principle.class, Objects.requireNonNull(principles, "principles must not be null"));
        states = complete(CustomerState.class, Objects.requireNonNull(states, "states must not be null"));
    }

    private static <E extends Enum<E>> Map<E, String> complete(Class<E> type, Map<E, String> given) {
        Map<E, String> all = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            String name = given.get(e);
            all.put(e, name == null || name.isBlank() ? e.name() : name);
        }
        return Collections.unmodifiableMap(all);
    }
}
