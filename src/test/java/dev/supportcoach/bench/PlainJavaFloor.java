package dev.supportcoach.bench;

import dev.supportcoach.facts.CaseFacts;
import dev.supportcoach.facts.Hit;
import dev.supportcoach.facts.SlaState;
import dev.supportcoach.facts.Who;
import dev.supportcoach.signals.SignalExtractor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The floor the rule engine is compared against: the conditions of the bundled rules written
 * by hand in Java over the same signals, producing the same kind of output (rule ids with
 * their evidence). Not a replacement for the rules (authors cannot edit it); a yardstick for
 * what the rule engine costs.
 */
final class PlainJavaFloor {
    private PlainJavaFloor() {
    }

    private static boolean any(List<Hit> hits, Who who, String... lists) {
        for (Hit h : hits) {
            if (h.getWho() == who) {
                for (String l : lists) {
                    if (h.getList().equals(l)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static int decide(SignalExtractor.Signals s) {
        CaseFacts f = s.facts();
        List<Hit> hits = s.hits();
        List<String> out = new ArrayList<>();
        Set<String> states = new HashSet<>();
        int lastFix = -1;
        int repeated = 0;
        for (Hit h : hits) {
            if (h.getWho() == Who.CUSTOMER && h.getList().equals("fix_confirmed")) {
                lastFix = Math.max(lastFix, h.getMessage());
            }
            if (h.getWho() == Who.CUSTOMER && h.getList().equals("repeated_failure")) {
                repeated++;
            }
        }
        boolean draftCare = any(hits, Who.DRAFT, "apology", "ownership");
        boolean draftOwnership = any(hits, Who.DRAFT, "ownership");
        boolean agentRedirect = any(hits, Who.AGENT, "redirect");
        for (Hit h : hits) {
            String l = h.getList();
            if (h.getWho() == Who.CUSTOMER) {
                if ((l.equals("blocked") || l.equals("business_impact")) && h.getMessage() >= lastFix) {
                    states.add("BLOCKED");
                    out.add("ACKNOWLEDGE_BLOCKED_WORK:" + h.getText());
                }
                if (l.equals("urgency")) {
                    states.add("URGENT");
                    out.add("RESPOND_TO_URGENCY:" + h.getText());
                }
                if (l.equals("repeated_failure") && h.getMessage() >= lastFix) {
                    out.add("TRY_ANOTHER_ANGLE:" + h.getText());
                }
                if (l.equals("customer_action")) {
                    out.add("THANK_USEFUL_ACTION:" + h.getText());
                }
                if (l.equals("scope_creep")) {
                    states.add("SCOPE_CREEP");
                    out.add("SEPARATE_NEW_REQUEST:" + h.getText());
                }
                if (l.equals("rudeness")) {
                    states.add("ABUSIVE");
                    out.add("STAY_NEUTRAL:" + h.getText());
                }
                if (l.equals("already_explained")) {
                    out.add("DO_NOT_ASK_AGAIN:" + h.getText());
                }
                if (l.equals("threat_to_leave")) {
                    out.add("KEEP_AT_RISK_CUSTOMER:" + h.getText());
                }
                if (l.equals("non_technical")) {
                    out.add("GUIDE_STEP_BY_STEP:" + h.getText());
                }
            } else if (h.getWho() == Who.DRAFT) {
                switch (l) {
                    case "refusal" -> out.add("NO_REFUSAL:" + h.getText());
                    case "impatience" -> out.add("NO_IMPATIENCE:" + h.getText());
                    case "scolding" -> out.add("NO_SCOLDING:" + h.getText());
                    case "condescension" -> out.add("NO_CONDESCENSION:" + h.getText());
                    case "defensiveness" -> out.add("NO_DEFENSIVENESS:" + h.getText());
                    case "jargon" -> out.add("PLAIN_WORDS:" + h.getText());
                    case "slang" -> out.add("NO_SLANG:" + h.getText());
                    case "hollow_script" -> out.add("NO_HOLLOW_SCRIPT:" + h.getText());
                    case "close_ticket" -> out.add("CLOSING_WITHOUT_CONFIRMATION:" + h.getText());
                    case "redirect" -> {
                        if (agentRedirect && !draftOwnership) {
                            out.add("REPEATED_REDIRECT:" + h.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        if (states.contains("BLOCKED") && f.isHasDraft() && !draftCare) {
            out.add("DRAFT_IGNORES_IMPACT");
        }
        if (f.getPendingCustomerMessages() > 0 && (f.getSlaState() == SlaState.AT_RISK || f.getSlaState() == SlaState.BREACHED)) {
            out.add("ACKNOWLEDGE_SLA_TIMER");
        }
        if (f.getFollowUps() >= 1 && f.getMinutesWaiting() >= 30) {
            out.add("ANSWER_FOLLOW_UPS");
        }
        if (repeated + f.getReopenCount() >= 2) {
            out.add("ESCALATE_AFTER_FAILURES");
        }
        if (f.isHasDraft() && !f.isDraftHasSteps() && f.getDraftLongestParagraphWords() >= 90) {
            out.add("WALL_OF_TEXT");
        }
        if (f.getDraftCapsRatio() >= 0.6 || f.getDraftExclamationRun() >= 3) {
            out.add("NO_SHOUTING");
        }
        if (f.getEscalationLevel() > 0) {
            out.add("SUMMARIZE_FOR_HANDOFF");
        }
        return out.size() + states.size();
    }
}
