package dev.supportcoach.facts;

import dev.supportcoach.Principle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A problem in the draft as the rules see it: the rule, the span and, when the word list gives
 * one, a rewording of the span. Java renders it into a {@link dev.supportcoach.DraftFinding}.
 */
public final class Finding {
    private final String id;
    private final Principle principle;
    private final int start;
    private final int end;
    private final String replacement;
    private final Map<String, Object> args = new LinkedHashMap<>(2);

    private Finding(String id, Principle principle, int start, int end, String replacement) {
        this.id = id;
        this.principle = principle;
        this.start = start;
        this.end = end;
        this.replacement = replacement;
    }

    /** A finding of the rule running now, on the words of a draft {@link Hit}. */
    public static Finding of(RuleContext kcontext, Hit hit) {
        Rule r = kcontext.getRule();
        return new Finding(r.getName(), RuleMeta.principle(r), hit.getStart(), hit.getEnd(), hit.getReplacement());
    }

    /** A finding of the rule running now on {@code [start, end)} of the draft. */
    public static Finding at(RuleContext kcontext, int start, int end) {
        Rule r = kcontext.getRule();
        return new Finding(r.getName(), RuleMeta.principle(r), start, end, null);
    }

    /** Sets a value for the phrasing's {@code {name}} placeholder; returns this. */
    public Finding arg(String name, Object value) {
        args.put(name, value);
        return this;
    }

    public String getId() { return id; }
    public Principle getPrinciple() { return principle; }
    public int getStart() { return start; }
    public int getEnd() { return end; }
    /** The word list's rewording of the span, or {@code null} to use the catalog's suggestion. */
    public String getReplacement() { return replacement; }
    public Map<String, Object> getArgs() { return args; }

    @Override
    public String toString() {
        return "Finding(" + id + ", " + principle + ", " + start + ".." + end + ")";
    }
}
