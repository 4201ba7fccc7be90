package dev.supportcoach;

import java.util.List;

/**
 * What the engine advises for one case.
 *
 * @param ticketId the case's ticket id
 * @param language the language of the phrasing, one of the rules' languages (the bundled rules: {@code "en"}, {@code "ru"})
 * @param customerState what the engine inferred about the customer, in a stable order
 * @param recommendations the actions to take, ordered by priority (1 first)
 * @param draftFindings what in the draft breaks a principle, ordered by position
 * @param warnings input problems that did not stop the evaluation (e.g. an unknown priority value)
 * @param revisedDraft the draft with every finding's {@link DraftFinding#replacement()} applied,
 *     ready to edit and send, or {@code null} when no finding has one
 */
public record Advice(String ticketId, String language, List<CustomerState> customerState,
                     List<Recommendation> recommendations, List<DraftFinding> draftFindings,
                     List<String> warnings, String revisedDraft) {
    /** Advice without a revised draft. */
    public Advice(String ticketId, String language, List<CustomerState> customerState,
                  List<Recommendation> recommendations, List<DraftFinding> draftFindings, List<String> warnings) {
        this(ticketId, language, customerState, recommendations, draftFindings, warnings, null);
    }

    public Advice {
        customerState = List.copyOf(customerState);
        recommendations = List.copyOf(recommendations);
        draftFindings = List.copyOf(draftFindings);
        warnings = List.copyOf(warnings);
    }

    /** The principles of all recommendations, in order, without repeats. */
    public List<Principle> recommendedPrinciples() {
        return recommendations.stream().map(Recommendation::principle).distinct().toList();
    }

    /** This advice with {@code more} warnings added before its own (e.g. from reading the input). */
    public Advice withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(more);
        all.addAll(warnings);
        return new Advice(ticketId, language, customerState, recommendations, draftFindings, all, revisedDraft);
    }
}
