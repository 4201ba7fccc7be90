package dev.supportcoach.facts;

import dev.supportcoach.Principle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A recommendation as the rules see it: the id and principle of the rule that raised it, its
 * priority, the hits it rests on and the values its phrasing needs. Java renders it into a
 * {@link dev.supportcoach.Recommendation} with the phrasing catalog of the case's language.
 */
public final class Rec {
    private final String id;
    private final Principle principle;
    private final String need;
    private int priority;
    private final List<Hit> evidence = new ArrayList<>(2);
    private final Map<String, Object> args = new LinkedHashMap<>(2);

    private Rec(String id, Principle principle, String need, int priority) {
        this.id = id;
        this.principle = principle;
        this.need = need;
        this.priority = priority;
    }

    /** A recommendation of the rule running now, with that rule's metadata. */
    public static Rec of(RuleContext kcontext) {
        Rule r = kcontext.getRule();
        return new Rec(r.getName(), RuleMeta.principle(r), RuleMeta.string(r, RuleMeta.NEED), RuleMeta.priority(r));
    }

    /** Adds the words this recommendation rests on; returns this. */
    public Rec evidence(Hit hit) {
        if (hit != null && !evidence.contains(hit)) {
            evidence.add(hit);
        }
        return this;
    }

    /** Adds every {@link Hit} of {@code hits} (as {@code collectList} gives them), as {@link #evidence(Hit)}; returns this. */
    public Rec evidence(Collection<?> hits) {
        for (Object h : hits) {
            evidence((Hit) h);
        }
        return this;
    }

    /**
     * Sets {@code {name}} to the one of {@code values} that one recommendation per value would
     * end with: the engine merges a rule's recommendations and keeps the values of the first in
     * its order, which among equal evidence is the order of the values' text ({@code
     * getArgs().toString()}). So a rule can raise one recommendation where it would raise one
     * per value, and say the same; returns this.
     */
    public Rec argFirst(String name, Collection<?> values) {
        String first = null;
        for (Object v : values) {
            Map<String, Object> with = new LinkedHashMap<>(args);
            with.put(name, v);
            String text = with.toString();
            if (first == null || text.compareTo(first) < 0) {
                first = text;
                args.put(name, v);
            }
        }
        return this;
    }

    /** Sets a value for the phrasing's {@code {name}} placeholder; returns this. */
    public Rec arg(String name, Object value) {
        args.put(name, value);
        return this;
    }

    /** The rule id, e.g. {@code ACKNOWLEDGE_BLOCKED_WORK}. */
    public String getId() { return id; }
    public Principle getPrinciple() { return principle; }
    /** The need it answers (from {@code @need}), or {@code null}. */
    public String getNeed() { return need; }
    /** 1 comes first. */
    public int getPriority() { return priority; }
    /** For resolution rules that reorder, e.g. put the acknowledgement first on a breached SLA. */
    public void setPriority(int priority) { this.priority = priority; }
    public List<Hit> getEvidence() { return evidence; }
    public Map<String, Object> getArgs() { return args; }

    @Override
    public String toString() {
        return "Rec(" + id + ", " + principle + ", priority " + priority + (evidence.isEmpty() ? "" : ", " + evidence) + ")";
    }
}
