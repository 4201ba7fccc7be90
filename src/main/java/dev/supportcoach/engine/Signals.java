package dev.supportcoach.engine;

import dev.supportcoach.facts.CaseFacts;
import dev.supportcoach.facts.Echo;
import dev.supportcoach.facts.Hit;
import java.util.List;
import java.util.Objects;

/**
 * What the rules see of a case, before any rule fires: to answer "why did it not say that?".
 * The types are the rules' own vocabulary ({@link dev.supportcoach.facts}), so what is shown
 * here is exactly what a DRL condition can match.
 *
 * @param language the language the case is evaluated in, e.g. {@code "en"}
 * @param facts the non-word signals: ticket fields, counts, timers, shapes of text
 * @param hits every word-list phrase found, in conversation order, the draft's last
 * @param echoes the draft's sentences that repeat an earlier agent reply
 * @param warnings input problems that did not stop the evaluation
 */
public record Signals(String language, CaseFacts facts, List<Hit> hits, List<Echo> echoes, List<String> warnings) {
    /**
     * @throws NullPointerException if {@code facts} is {@code null}
     */
    public Signals {
        Objects.requireNonNull(facts, "facts must not be null");
        hits = List.copyOf(hits);
        echoes = List.copyOf(echoes);
        warnings = List.copyOf(warnings);
    }

    /** The hits of one word list, e.g. {@code hits("blocked")}. */
    public List<Hit> hits(String list) {
        return hits.stream().filter(h -> h.getList().equals(list)).toList();
    }
}
