package dev.supportcoach.internal;

import dev.supportcoach.Limits;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * The engine's configuration, fixed when it is built. {@code defaultLanguage} is {@code null}
 * when not configured: the rules then choose ({@link RuleSet#defaultLanguage()}).
 */
public record Settings(Set<String> disabled, Map<String, Integer> priorities, String defaultLanguage,
                       int maxFirings, Limits limits, Clock clock) {
    public Settings {
        disabled = Set.copyOf(disabled);
        priorities = Map.copyOf(priorities);
    }
}
