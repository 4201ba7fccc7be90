package dev.supportcoach.signals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Irregular word forms that stemming does not unify ({@code forms.txt}): each variant is read as
 * its canonical word(s) before stemming, e.g. "смогла" as "мочь", "cannot" as "can not".
 */
public final class WordForms {
    private final Map<String, List<String>> canonical = new HashMap<>();

    /** The canonical words of a normalised token, or {@code null} when it has none. */
    List<String> lookup(String token) {
        return canonical.get(token);
    }

    /** Adds {@code variant} as a form of {@code words}; returns false if it was already there. */
    boolean add(String variant, List<String> words) {
        return canonical.putIfAbsent(variant, List.copyOf(words)) == null;
    }
}
