package dev.supportcoach.audit;

import dev.supportcoach.SupportCase;
import dev.supportcoach.Ticket;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.facts.Hit;
import dev.supportcoach.facts.Who;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word lists a reply shows a phrase of, read through the engine's {@link SupportCoach#signals}
 * on the reply alone as a draft (a draft's hits depend only on its words and language).
 */
final class ReplySignals {
    private ReplySignals() {
    }

    static Set<String> lists(SupportCoach coach, String language, String reply, Instant at) {
        Ticket ticket = Ticket.builder("audit").language(language).build();
        Set<String> lists = new HashSet<>();
        for (Hit h : coach.signals(new SupportCase(ticket, List.of(), reply, at)).hits()) {
            if (h.getWho() == Who.DRAFT) {
                lists.add(h.getList());
            }
        }
        return lists;
    }
}
