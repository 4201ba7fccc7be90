package dev.supportcoach.signals;

import dev.supportcoach.Message;
import dev.supportcoach.Sla;
import dev.supportcoach.SupportCase;
import dev.supportcoach.facts.CaseFacts;
import dev.supportcoach.facts.Echo;
import dev.supportcoach.facts.Hit;
import dev.supportcoach.facts.SlaState;
import dev.supportcoach.facts.Who;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads every message and the draft once and turns them into the facts the rules match: a
 * {@link Hit} per word-list phrase found, and one {@link CaseFacts} with counts, timers and the
 * shape of the texts. Quoted earlier text and internal notes are never read as new words.
 */
public final class SignalExtractor {
    /** Below this many letters a message is too short for its share of capitals to mean shouting. */
    static final int CAPS_MIN_LETTERS = 12;
    /** Word overlap from which two agent texts count as the same instruction. */
    static final double REPEAT_SIMILARITY = 0.6;
    /**
     * How many earlier agent replies a reply (or the draft) is compared with: repetition that
     * matters is recent, and comparing with all of them would make long threads quadratic.
     */
    static final int REPEAT_WINDOW = 10;
    /**
     * Most hits of one list kept per message: enough for evidence, and a message that repeats a
     * phrase thousands of times cannot flood the rules.
     */
    static final int HITS_PER_LIST_AND_MESSAGE = 3;
    /** The word list of pings ("any update?"): a message with one is a follow-up however soon it comes. */
    static final String FOLLOW_UP_LIST = "follow_up";
    /** The word list of "me too" messages from another user of a public thread ("+1", «подтверждаю»). */
    static final String ME_TOO_LIST = "me_too";
    /** The word list of stock lines (greetings, thanks, filler); the draft's words outside it are its substance. */
    static final String FILLER_LIST = "filler";
    /** Whether the subject line is read as the customer's words (switched on with the rules that tell it apart). */
    static final boolean READ_SUBJECT = true;

    private final Lexicon lexicon;
    private final Set<String> usedLists;
    private final Language languages;

    /**
     * @param lexicon the word lists
     * @param usedLists the lists the rules refer to: hits of other lists would only be extra facts
     * @param languages the languages the rules provide
     */
    public SignalExtractor(Lexicon lexicon, Set<String> usedLists, Language languages) {
        this.lexicon = lexicon;
        // pings count as follow-ups whether or not a rule names the list
        Set<String> used = new HashSet<>(usedLists);
        used.add(FOLLOW_UP_LIST);
        used.add(ME_TOO_LIST);
        this.usedLists = Set.copyOf(used);
        this.languages = languages;
    }

    /** The signals of a case. */
    public record Signals(String language, CaseFacts facts, List<Hit> hits, List<Echo> echoes, List<String> warnings) {
    }

    /**
     * Extracts the signals of {@code c}, evaluated at {@code now}; {@code defaultLanguage} is used
     * when neither the ticket nor the text tells the language.
     */
    public Signals extract(SupportCase c, Instant now, String defaultLanguage) {
        List<String> warnings = new ArrayList<>();
        List<Message> msgs = c.conversation();
        int lastAgent = -1;
        for (int i = 0; i < msgs.size(); i++) {
            if (msgs.get(i).isPublicAgentReply()) {
                lastAgent = i;
            }
        }
        List<Hit> hits = new ArrayList<>();
        List<Echo> echoes = new ArrayList<>();
        List<Set<String>> agentStems = new ArrayList<>();
        List<List<Set<String>>> agentSentences = new ArrayList<>();
        List<Hit> pendingQuestions = new ArrayList<>();
        Set<String> technicalTerms = new HashSet<>();
        List<List<Token>> pendingQuestionTokens = new ArrayList<>();
        List<Integer> agentIndex = new ArrayList<>();
        CaseFacts f = new CaseFacts();
        int customerMessages = 0;
        int agentReplies = 0;
        int pending = 0;
        int unanswered = 0;
        int customerWords = 0;
        int lastCustomer = -1;
        int firstPending = -1;
        double caps = 0;
        int capsMsg = -1;
        int excl = 0;
        int quest = 0;
        int agentRepeat = -1;
        int longestCustomer = 0;
        int pendingQuest = 0;
        int firstAgent = -1;
        int customerListLines = 0;

        for (int i = 0; i < msgs.size(); i++) {
            Message m = msgs.get(i);
            if (m.internal()) {
                continue; // private notes are never customer-facing words
            }
            Who who = switch (m.author()) {
                case CUSTOMER -> Who.CUSTOMER;
                case AGENT -> Who.AGENT;
                case SYSTEM -> Who.SYSTEM;
            };
            String text = m.text();
            int end = who == Who.SYSTEM ? text.length() : Quotes.newTextEnd(text);
            boolean isPending = who == Who.CUSTOMER && i > lastAgent;
            int before = hits.size();
            List<Token> tokens = read(text, end, who, i, isPending, hits).tokens();
            if (isPending) {
                for (int h = before; h < hits.size(); h++) {
                    if (hits.get(h).getList().equals(Structure.QUESTION)) {
                        pendingQuestions.add(hits.get(h));
                        pendingQuestionTokens.add(tokens);
                    }
                }
            }
            if (who == Who.CUSTOMER) {
                Structure.technicalTerms(text, 0, end, technicalTerms);
                customerMessages++;
                lastCustomer = i;
                customerWords += tokens.size();
                longestCustomer = Math.max(longestCustomer, tokens.size());
                customerListLines = Math.max(customerListLines, TextShape.listLines(text.substring(0, end)));
                if (isPending) {
                    pending++;
                    if (firstPending < 0) {
                        firstPending = i;
                    }
                    unanswered += TextShape.questions(text, 0, end);
                    pendingQuest = Math.max(pendingQuest, TextShape.longestRun(text, '?'));
                }
                double r = TextShape.capsRatio(text, 0, end, CAPS_MIN_LETTERS);
                if (r > caps) {
                    caps = r;
                    capsMsg = i;
                }
                excl = Math.max(excl, TextShape.longestRun(text, '!'));
                quest = Math.max(quest, TextShape.longestRun(text, '?'));
            } else if (who == Who.AGENT) {
                agentReplies++;
                if (firstAgent < 0) {
                    firstAgent = i;
                }
                Set<String> stems = stemSet(tokens);
                if (stems.size() >= 4) {
                    for (int k = Math.max(0, agentStems.size() - REPEAT_WINDOW); k < agentStems.size(); k++) {
                        if (TextShape.overlap(stems, agentStems.get(k)) >= REPEAT_SIMILARITY) {
                            agentRepeat = i;
                            break;
                        }
                    }
                }
                agentStems.add(stems);
                agentIndex.add(i);
                agentSentences.add(sentenceTopics(tokens));
            }
        }

        String subject = c.ticket().subject();
        if (READ_SUBJECT && subject != null && !subject.isBlank()) {
            read(subject, subject.length(), Who.CUSTOMER, -1, lastAgent < 0, hits);
        }

        String draft = c.draft() == null ? "" : c.draft();
        boolean hasDraft = !draft.isBlank();
        f.setHasDraft(hasDraft);
        if (hasDraft) {
            Read read = read(draft, draft.length(), Who.DRAFT, -1, false, hits);
            List<Token> tokens = read.tokens();
            String customerScript = Language.script(customerText(msgs));
            String draftScript = Language.script(draft);
            f.setDraftInOtherScript(customerScript != null && draftScript != null && !customerScript.equals(draftScript));
            f.setDraftLength(draft.length());
            f.setDraftSubstanceWords(read.substance());
            f.setDraftWords(tokens.size());
            f.setDraftSentences(tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1);
            int[] paragraphs = TextShape.paragraphWords(tokens, draft);
            f.setDraftParagraphs(paragraphs[0]);
            f.setDraftLongestParagraphWords(paragraphs[1]);
            f.setDraftLongestParagraphStart(paragraphs[2]);
            f.setDraftLongestParagraphEnd(paragraphs[3]);
            f.setDraftHasSteps(TextShape.listLines(draft) >= 2);
            f.setDraftCapsRatio(TextShape.capsRatio(draft, 0, draft.length(), CAPS_MIN_LETTERS));
            f.setDraftExclamationRun(TextShape.longestRun(draft, '!'));
            f.setDraftFirstSentenceEnd(TextShape.firstSentenceEnd(draft));
            f.setDraft(draft);
            Set<String> stems = stemSet(tokens);
            double best = 0;
            int bestMsg = -1;
            for (int k = Math.max(0, agentStems.size() - REPEAT_WINDOW); k < agentStems.size(); k++) {
                double o = TextShape.overlap(stems, agentStems.get(k));
                if (o > best) {
                    best = o;
                    bestMsg = agentIndex.get(k);
                }
            }
            f.setDraftSimilarity(best);
            f.setDraftSimilarMessage(bestMsg);
            Set<String> draftTopics = topics(tokens, 0, Integer.MAX_VALUE);
            for (int q = 0; q < pendingQuestions.size(); q++) {
                Hit h = pendingQuestions.get(q);
                Set<String> asked = topics(pendingQuestionTokens.get(q), h.getStart(), h.getEnd());
                // "???" and "?!" close a rhetorical or exasperated question, not one to answer word for word
                boolean rhetorical = h.getText().endsWith("???") || h.getText().contains("?!") || h.getText().contains("!?");
                if (!rhetorical && asked.size() >= 2 && java.util.Collections.disjoint(asked, draftTopics)) {
                    hits.add(new Hit(Structure.UNANSWERED, Who.CUSTOMER, h.getMessage(), h.getStart(), h.getEnd(), h.getText(),
                            Structure.UNANSWERED, null, true, true, h.getSentence(), false));
                }
            }
            echoes(draft, tokens, agentSentences, agentIndex, echoes);
        }

        String language = languages.decide(c, defaultLanguage, warnings);
        f.setLanguage(language);
        f.setChannel(c.ticket().channel());
        f.setPriority(c.ticket().priority());
        f.setStatus(c.ticket().status());
        f.setNoRemoteAccess(Boolean.FALSE.equals(c.ticket().remoteAccess()));
        f.setReopenCount(c.ticket().reopenCount());
        f.setEscalationLevel(c.ticket().escalationLevel());
        f.setCustomerMessages(customerMessages);
        f.setAgentReplies(agentReplies);
        f.setPendingCustomerMessages(pending);
        f.setFollowUps(followUps(c, lastAgent, hits));
        f.setWaitingThreshold(lexicon.thresholds().minutes("waiting", c.ticket().channel()));
        f.setUnansweredQuestions(unanswered);
        f.setCustomerWords(customerWords);
        f.setLongestCustomerMessageWords(longestCustomer);
        f.setCustomerListLines(customerListLines);
        f.setCustomerTechnicalTerms(technicalTerms.size());
        f.setCapsRatio(caps);
        f.setCapsMessage(capsMsg);
        f.setExclamationRun(excl);
        f.setQuestionRun(quest);
        f.setPendingQuestionRun(pendingQuest);
        f.setFirstAgentReply(firstAgent);
        f.setAgentRepeatMessage(agentRepeat);
        timers(c, now, lastCustomer, firstPending, agentReplies, f);
        return new Signals(language, f, hits, echoes, warnings);
    }

    /**
     * Reads {@code text[0, end)} (the rest is quoted earlier text), outside quotes, and adds a
     * hit for every word-list entry and every structural signal found; returns the tokens.
     */
    /** What {@link #read} found besides the hits: the tokens, and for a draft its substance. */
    private record Read(List<Token> tokens, int substance) {
    }

    private Read read(String text, int end, Who who, int message, boolean pending, List<Hit> hits) {
        List<Token> tokens = new ArrayList<>();
        List<Match> shapes = new ArrayList<>();
        int sentence = 0;
        List<int[]> ranges = who == Who.DRAFT || message < 0 ? List.<int[]>of(new int[] {0, end}) : Quotes.unquotedRanges(text, end);
        for (int[] r : ranges) {
            sentence = lexicon.analyzer().tokens(text, r[0], r[1], sentence, tokens);
            Structure.find(text, r[0], r[1], who == Who.CUSTOMER, who == Who.AGENT || who == Who.DRAFT, shapes);
        }
        List<Match> matches = new ArrayList<>(lexicon.find(tokens));
        if (who == Who.CUSTOMER && message >= 0) {
            Structure.requestList(text, end, matches, shapes);
        }
        if (who == Who.DRAFT) {
            Structure.techTermMatches(text, 0, end, shapes);
        }
        matches.addAll(shapes);
        int substance = who == Who.DRAFT ? substance(tokens, matches) : 0;
        for (Match mt : capped(matches)) {
            hits.add(new Hit(mt.list(), who, message, mt.start(), mt.end(), text.substring(mt.start(), mt.end()),
                    mt.key(), mt.replacement(), pending, TextShape.inQuestion(text, mt.end()), sentenceAt(tokens, mt.start()),
                    mt.negated()));
        }
        return new Read(tokens, substance);
    }

    /** Share of a draft sentence's topic words from which it repeats an earlier agent sentence. */
    static final double ECHO_OVERLAP = 0.66;

    /** The topic stems of the tokens that start in {@code [from, to)}. */
    private Set<String> topics(List<Token> tokens, int from, int to) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            if (t.start() >= from && t.start() < to && !lexicon.isFunctionWord(t.stem())) {
                out.add(t.stem());
            }
        }
        return out;
    }

    /** The topic stems of each sentence. */
    private List<Set<String>> sentenceTopics(List<Token> tokens) {
        List<Set<String>> out = new ArrayList<>();
        for (Token t : tokens) {
            while (out.size() <= t.sentence()) {
                out.add(new HashSet<>());
            }
            if (!lexicon.isFunctionWord(t.stem())) {
                out.get(t.sentence()).add(t.stem());
            }
        }
        return out;
    }

    /**
     * Each draft sentence of three or more topic words whose topic words mostly ({@link #ECHO_OVERLAP})
     * appear in one sentence of a recent agent reply.
     */
    private void echoes(String draft, List<Token> tokens, List<List<Set<String>>> agentSentences, List<Integer> agentIndex,
                        List<Echo> out) {
        List<Set<String>> mine = sentenceTopics(tokens);
        for (int s = 0; s < mine.size(); s++) {
            Set<String> d = mine.get(s);
            if (d.size() < 3) {
                continue;
            }
            double best = 0;
            int bestMsg = -1;
            for (int k = Math.max(0, agentSentences.size() - REPEAT_WINDOW); k < agentSentences.size(); k++) {
                for (Set<String> a : agentSentences.get(k)) {
                    if (a.size() < 2) {
                        continue;
                    }
                    int common = 0;
                    for (String w : d) {
                        common += a.contains(w) ? 1 : 0;
                    }
                    double o = (double) common / Math.min(d.size(), a.size());
                    if (o > best) {
                        best = o;
                        bestMsg = agentIndex.get(k);
                    }
                }
            }
            if (best >= ECHO_OVERLAP) {
                int start = -1;
                int end = -1;
                for (Token t : tokens) {
                    if (t.sentence() == s) {
                        start = start < 0 ? t.start() : start;
                        end = t.end();
                    }
                }
                end = TextShape.sentenceEndAfter(draft, end);
                out.add(new Echo(start, end, draft.substring(start, end), bestMsg, best));
            }
        }
    }

    /** Topic words that no {@value #FILLER_LIST} match covers: what the text says beyond stock lines. */
    private int substance(List<Token> tokens, List<Match> matches) {
        int n = 0;
        for (Token t : tokens) {
            if (lexicon.isFunctionWord(t.stem())) {
                continue;
            }
            boolean covered = false;
            for (Match m : matches) {
                if (m.list().equals(FILLER_LIST) && m.start() <= t.start() && t.end() <= m.end()) {
                    covered = true;
                    break;
                }
            }
            n += covered ? 0 : 1;
        }
        return n;
    }

    /** All the customer's words, for telling their script. */
    private static String customerText(List<Message> msgs) {
        StringBuilder sb = new StringBuilder();
        for (Message m : msgs) {
            if (m.author() == dev.supportcoach.Author.CUSTOMER && !m.internal()) {
                sb.append(CODE.matcher(m.text()).replaceAll(" ")).append('\n');
            }
        }
        return sb.toString();
    }

    /** Code fences and inline code: a log or a snippet says nothing about the customer's language. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("```.*?(```|$)|`[^`\n]*`",
            java.util.regex.Pattern.DOTALL);

    /**
     * Pending customer messages that follow up: written at least the channel's follow-up gap after
     * the previous customer message (a second thought a minute later is not a ping), holding a
     * phrase of the {@value #FOLLOW_UP_LIST} list ("any update?"), or a bare ping ("hello??").
     * Messages of other users of a public thread do not count: a {@value #ME_TOO_LIST} phrase
     * ("+1, same here") or a {@code name} other than the first pending message's.
     */
    private int followUps(SupportCase c, int lastAgent, List<Hit> hits) {
        List<Message> msgs = c.conversation();
        long gap = lexicon.thresholds().minutes("followUp", c.ticket().channel());
        Set<Integer> pings = new HashSet<>();
        Set<Integer> others = new HashSet<>();
        Set<Integer> chasing = new HashSet<>();
        for (Hit h : hits) {
            if (h.getWho() == Who.CUSTOMER && h.getMessage() > lastAgent) {
                if (h.getList().equals(FOLLOW_UP_LIST)) {
                    pings.add(h.getMessage());
                } else if (h.getList().equals(ME_TOO_LIST)) {
                    others.add(h.getMessage());
                } else if (CHASING_LISTS.contains(h.getList())) {
                    chasing.add(h.getMessage());
                }
            }
        }
        int n = 0;
        Instant previous = null;
        boolean first = true;
        String firstName = null;
        for (int i = lastAgent + 1; i < msgs.size(); i++) {
            Message m = msgs.get(i);
            // "+1, same here" or a message signed by someone else is another user of a public
            // thread, not this customer writing again
            if (m.author() != dev.supportcoach.Author.CUSTOMER || m.internal() || others.contains(i) || m.text().strip().startsWith("+1")
                    || firstName != null && m.name() != null && !m.name().equals(firstName)) {
                continue;
            }
            if (firstName == null && first) {
                firstName = m.name();
            }
            // after the gap, a message chases when it asks, pings or says it still fails or still waits;
            // "checked the LB logs too: both requests come from your range" adds evidence
            boolean late = previous == null || m.at() == null || minutes(previous, m.at()) >= gap;
            if (!first && (pings.contains(i) || isBarePing(m.text()) || late && (chasing.contains(i) || m.text().contains("?")))) {
                n++;
            }
            first = false;
            previous = m.at();
        }
        return n;
    }

    /** Hits that make a late message a chase rather than an addendum. */
    private static final Set<String> CHASING_LISTS = Set.of("no_response", "stated_wait", "repeated_failure", "tried_failed",
            "impatience", "already_explained", "frustration", "urgency", "deadline", Structure.QUESTION);

    /** Most words a message may hold and still be a bare ping ("hello??", "anyone?", «ау!»). */
    private static final int BARE_PING_WORDS = 3;

    /**
     * A message of a few words that ends in "?" or "!" says nothing new: it pings, however soon it
     * follows the previous one.
     */
    static boolean isBarePing(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last != '?' && last != '!') {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean letter = Character.isLetterOrDigit(t.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words <= BARE_PING_WORDS;
    }

    /** The matches of lists the rules use, at most {@link #HITS_PER_LIST_AND_MESSAGE} per list. */
    private List<Match> capped(List<Match> matches) {
        if (matches.isEmpty()) {
            return matches;
        }
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        List<Match> out = new ArrayList<>();
        for (Match m : matches) {
            if (usedLists.contains(m.list()) && seen.merge(m.list(), 1, Integer::sum) <= HITS_PER_LIST_AND_MESSAGE) {
                out.add(m);
            }
        }
        return out;
    }

    /** The sentence of the token that starts at {@code start} (tokens are in text order). */
    private static int sentenceAt(List<Token> tokens, int start) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return tokens.isEmpty() ? 0 : tokens.get(lo).sentence();
    }

    private static Set<String> stemSet(List<Token> tokens) {
        Set<String> s = new HashSet<>(tokens.size() * 2);
        for (Token t : tokens) {
            s.add(t.stem());
        }
        return s;
    }

    private static void timers(SupportCase c, Instant now, int lastCustomer, int firstPending, int agentReplies, CaseFacts f) {
        if (now == null) {
            return;
        }
        List<Message> msgs = c.conversation();
        Instant lastAt = lastCustomer >= 0 ? msgs.get(lastCustomer).at() : null;
        if (lastAt != null) {
            f.setMinutesSinceCustomer(minutes(lastAt, now));
        }
        Instant waitingSince = firstPending >= 0 ? msgs.get(firstPending).at() : null;
        if (waitingSince == null && firstPending >= 0 && agentReplies == 0) {
            waitingSince = c.ticket().createdAt();
        }
        if (waitingSince == null) {
            return;
        }
        long waiting = minutes(waitingSince, now);
        f.setMinutesWaiting(waiting);
        Sla sla = c.ticket().sla();
        Integer target;
        String timer;
        if (agentReplies == 0) {
            target = sla.firstResponseMinutes();
            timer = "first";
            Instant created = c.ticket().createdAt();
            if (created != null && created.isBefore(waitingSince)) {
                waiting = minutes(created, now);
            }
        } else {
            target = sla.nextResponseMinutes();
            timer = "next";
        }
        if (target == null || target <= 0) {
            return;
        }
        long left = target - waiting;
        f.setSlaTimer(timer);
        f.setSlaTargetMinutes(target);
        f.setSlaMinutesLeft(left);
        f.setSlaState(left < 0 ? SlaState.BREACHED : left * 4 <= target ? SlaState.AT_RISK : SlaState.OK);
    }

    private static long minutes(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMinutes());
    }
}
