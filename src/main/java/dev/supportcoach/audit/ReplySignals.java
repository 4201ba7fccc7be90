package dev.supportcoach.audit;

import dev.supportcoach.SupportCase;
import dev.supportcoach.SupportCoach;
import dev.supportcoach.Ticket;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word lists a reply shows a phrase of, read through the engine's {@link SupportCoach#signals}
 * on the reply alone (a draft's hits depend only on its words and language). The one place
 * that reads the signal lines, so a typed signals API needs a change here only.
 */
final class ReplySignals {
    private static final String DRAFT_HIT = ", DRAFT";

    private ReplySignals() {
    }

    static Set<String> lists(SupportCoach coach, String language, String reply, Instant at) {
        Ticket ticket = Ticket.builder("audit").language(language).build();
        List<String> lines = coach.signals(new SupportCase(ticket, List.of(), reply, at));
        Set<String> lists = new HashSet<>();
        for (String line : lines) {
            // Hit(list, WHO #message, "text"...): the list name, then who
            if (line.startsWith("Hit(")) {
                int comma = line.indexOf(',');
                if (comma > 4 && line.startsWith(DRAFT_HIT, comma)) {
                    lists.add(line.substring(4, comma));
                }
            }
        }
        return lists;
    }
}
