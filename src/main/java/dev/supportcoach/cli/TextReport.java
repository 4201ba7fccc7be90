package dev.supportcoach.cli;

import dev.supportcoach.Advice;
import dev.supportcoach.CustomerState;
import dev.supportcoach.DraftFinding;
import dev.supportcoach.Recommendation;
import dev.supportcoach.SupportCase;
import java.util.stream.Collectors;

/** The plain-text report for a support lead: state, ranked actions, draft findings with the span shown. */
final class TextReport {
    private TextReport() {
    }

    static String render(SupportCase c, Advice a) {
        boolean ru = "ru".equals(a.language());
        String open = ru ? "\u00AB" : "\u201C";
        String close = ru ? "\u00BB" : "\u201D";
        StringBuilder sb = new StringBuilder();
        sb.append("Ticket ").append(a.ticketId());
        if (c.ticket().subject() != null) {
            sb.append(": ").append(c.ticket().subject());
        }
        sb.append("  [").append(a.language()).append("]\n");
        sb.append(ru ? "Клиент: " : "Customer: ");
        sb.append(a.customerState().isEmpty() ? (ru ? "ничего особенного" : "nothing notable")
                : a.customerState().stream().map(CustomerState::name).collect(Collectors.joining(", ")));
        sb.append('\n');
        for (String w : a.warnings()) {
            sb.append("Warning: ").append(w).append('\n');
        }
        sb.append('\n').append(ru ? "Что сделать" : "Actions").append('\n');
        if (a.recommendations().isEmpty()) {
            sb.append(ru ? "  Нет рекомендаций.\n" : "  No recommendations.\n");
        }
        for (Recommendation r : a.recommendations()) {
            sb.append(String.format("  %d. %s  (%s, %s)%n", r.priority(), r.action(), r.principle(), r.id()));
            sb.append("     ").append(ru ? "Почему: " : "Why: ").append(r.reason()).append('\n');
            sb.append("     ").append(ru ? "Можно сказать: " : "Say: ").append(open).append(r.phrasing()).append(close).append('\n');
        }
        if (c.draft() != null && !c.draft().isBlank()) {
            sb.append('\n').append(ru ? "Черновик" : "Draft").append('\n');
            if (a.draftFindings().isEmpty()) {
                sb.append(ru ? "  Замечаний нет.\n" : "  No findings: the draft is fine to send.\n");
            }
            for (DraftFinding f : a.draftFindings()) {
                sb.append(String.format("  - %s  (%s, %s)%n", f.problem(), f.principle(), f.id()));
                appendSpan(sb, c.draft(), f.start(), f.end());
                sb.append("     ").append(ru ? "Лучше: " : "Better: ")
                        .append(f.suggestion().isEmpty() ? (ru ? "(удалить)" : "(delete it)") : open + f.suggestion() + close)
                        .append('\n');
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
