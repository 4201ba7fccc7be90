package dev.supportcoach.facts;

import dev.supportcoach.Principle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.ClassReactive;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A problem in the draft as the rules see it: the rule, the span and, when the word list gives
 * one, a rewording of the span. Java renders it into a {@link dev.supportcoach.DraftFinding}.
 */
@ClassReactive // the resolution layer compares findings through methods (sameSpanAs, outranks)
public final class Finding {
    private final String id;
    private final Principle principle;
    private final int start;
    private final int end;
    private final String replacement;
    private final int priority;
    private final boolean oneWord;
    private final Map<String, Object> args = new LinkedHashMap<>(2);

    private Finding(String id, Principle principle, int start, int end, String replacement, int priority, boolean oneWord) {
        this.priority = priority;
        this.oneWord = oneWord;
        this.id = id;
        this.principle = principle;
        this.start = start;
        this.end = end;
        this.replacement = replacement;
    }

    /** A finding of the rule running now, on the words of a draft {@link Hit}. */
    public static Finding of(RuleContext kcontext, Hit hit) {
        Rule r = kcontext.getRule();
        boolean oneWord = hit.getKey().indexOf(' ') < 0 && hit.getText().codePoints().allMatch(Character::isLetter);
        return new Finding(r.getName(), RuleMeta.principle(r), hit.getStart(), hit.getEnd(), hit.getReplacement(), RuleMeta.priority(r),
                oneWord);
    }

    /** A finding of the rule running now on {@code [start, end)} of the draft. */
    public static Finding at(RuleContext kcontext, int start, int end) {
        Rule r = kcontext.getRule();
        return new Finding(r.getName(), RuleMeta.principle(r), start, end, null, RuleMeta.priority(r), false);
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
    /** Whether the flagged words are one word of a word list (a rewrite may swap it anywhere). */
    public boolean isOneWord() { return oneWord; }
    /** The rule's {@code @priority}: which finding stays when two flag the same words. */
    public int getPriority() { return priority; }
    public Map<String, Object> getArgs() { return args; }

    /**
     * Whether this and {@code other} flag the same words: their spans overlap and neither holds
     * the other (a finding on a whole sentence may hold findings on its phrases).
     */
    public boolean sameSpanAs(Finding other) {
        boolean overlap = start < other.end && other.start < end;
        boolean holds = start <= other.start && other.end <= end;
        boolean held = other.start <= start && end <= other.end;
        return overlap && (start == other.start && end == other.end || !holds && !held);
    }

    /**
     * Whether this finding should stay when it and {@code other} flag the same words: the rule
     * with the better {@code @priority} (1 first; a rule that reads the customer's state is more
     * specific than a phrase list), then one with a drop-in rewrite, then the longer span, then
     * the rule id.
     */
    public boolean outranks(Finding other) {
        if (priority != other.priority) {
            return priority < other.priority;
        }
        if ((replacement != null) != (other.replacement != null)) {
            return replacement != null;
        }
        if (end - start != other.end - other.start) {
            return end - start > other.end - other.start;
        }
        return id.compareTo(other.id) < 0;
    }

    @Override
    public String toString() {
        return "Finding(" + id + ", " + principle + ", " + start + ".." + end + ")";
    }
}
