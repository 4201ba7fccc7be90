package dev.supportcoach.internal;

import dev.supportcoach.Advice;
import dev.supportcoach.DraftFinding;
import dev.supportcoach.Recommendation;
import dev.supportcoach.SupportCase;
import java.util.stream.Collectors;

/**
 * The plain-text report for a support lead: state, ranked actions, draft findings with the span
 * shown; every label, principle and state name in the advice's language, from the labels block
 * of its phrasing catalog.
 */
final class TextReport {
    private TextReport() {
    }

    static String render(Labels l, SupportCase c, Advice a) {
        StringBuilder sb = new StringBuilder();
        sb.append(l.label("ticket")).append(' ').append(a.ticketId());
        if (c.ticket().subject() != null) {
            sb.append(": ").append(c.ticket().subject());
        }
        sb.append("  [").append(a.language()).append("]\n");
        sb.append(l.label("customer")).append(' ');
        sb.append(a.customerState().isEmpty() ? l.label("calm")
                : a.customerState().stream().map(l::state).collect(Collectors.joining(", ")));
        sb.append('\n');
        for (String w : a.warnings()) {
            sb.append(l.label("warning")).append(' ').append(w).append('\n');
        }
        sb.append('\n').append(l.label("actions")).append('\n');
        if (a.recommendations().isEmpty()) {
            sb.append("  ").append(l.label("noActions")).append('\n');
        }
        for (Recommendation r : a.recommendations()) {
            sb.append(String.format("  %d. %s  (%s, %s)%n", r.priority(), r.action(), l.principle(r.principle()), r.id()));
            sb.append("     ").append(l.label("why")).append(' ').append(r.reason()).append('\n');
            sb.append("     ").append(l.label("say")).append(' ').append(l.quoted(r.phrasing())).append('\n');
        }
        if (c.draft() != null && !c.draft().isBlank()) {
            sb.append('\n').append(l.label("draft")).append('\n');
            if (a.draftFindings().isEmpty()) {
                sb.append("  ").append(l.label("draftFine")).append('\n');
            }
            for (DraftFinding f : a.draftFindings()) {
                sb.append(String.format("  - %s  (%s, %s)%n", f.problem(), l.principle(f.principle()), f.id()));
                appendSpan(sb, c.draft(), f.start(), f.end());
                sb.append("     ").append(l.label("better")).append(' ')
                        .append(f.suggestion().isEmpty() ? l.label("deleteIt") : l.quoted(f.suggestion()))
                        .append('\n');
                if (f.replacement() != null) {
                    sb.append("     ").append(l.label("replaceWith")).append(' ')
                            .append(f.replacement().isEmpty() ? l.label("deleteIt") : l.quoted(f.replacement())).append('\n');
                }
            }
            if (a.revisedDraft() != null) {
                sb.append('\n').append(l.label("revised")).append('\n');
                for (String line : a.revisedDraft().split("\n", -1)) {
                    sb.append("  | ").append(line).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The draft line holding the span, with carets under the span. */
    static void appendSpan(StringBuilder sb, String draft, int start, int end) {
        int lineStart = draft.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) {
            lineStart = 0;
        }
        int lineEnd = draft.indexOf('\n', start);
        if (lineEnd < 0) {
            lineEnd = draft.length();
        }
        int from = Math.max(lineStart, start - 60);
        int to = Math.min(lineEnd, Math.max(end, start) + 60);
        String line = draft.substring(from, to);
        sb.append("     | ").append(from > lineStart ? "…" : "").append(line).append(to < lineEnd ? "…" : "").append('\n');
        int pad = (from > lineStart ? 1 : 0) + draft.codePointCount(from, start);
        int width = Math.max(1, draft.codePointCount(start, Math.min(end, to)));
        sb.append("     | ").append(" ".repeat(pad)).append("^".repeat(width)).append('\n');
    }
}
