package dev.supportcoach;

import java.util.List;

/**
 * What an example asserts about the advice itself, beyond which rules fired: the effect a
 * resolution rule has is tested here (a rule may fire and its finding still be removed). Every
 * part is optional; {@code null} means "not asserted".
 *
 * @param recommendations the recommendation ids, in rank order, exactly
 * @param findings the draft findings, in draft order, exactly
 * @param revisedDraft whether the example asserts the revised draft
 * @param revised the revised draft expected when {@code revisedDraft} ({@code null}: none)
 */
public record ExpectedAdvice(List<String> recommendations, List<Finding> findings, boolean revisedDraft, String revised) {
    public ExpectedAdvice {
        recommendations = recommendations == null ? null : List.copyOf(recommendations);
        findings = findings == null ? null : List.copyOf(findings);
    }

    /**
     * One expected draft finding.
     *
     * @param id the rule id
     * @param text the flagged words ({@code null}: not asserted)
     * @param replacement the drop-in text ({@code null}: not asserted, unless {@code noReplacement})
     * @param noReplacement {@code true} when the finding must have no drop-in text
     */
    public record Finding(String id, String text, String replacement, boolean noReplacement) {
    }
}
