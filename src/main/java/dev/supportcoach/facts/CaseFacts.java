package dev.supportcoach.facts;

import dev.supportcoach.Channel;
import dev.supportcoach.Priority;
import dev.supportcoach.Status;

/**
 * The non-word signals of a case: ticket fields, counts, timers and shapes of text, computed
 * once by Java. One per evaluation. Rules read it; only the engine sets it.
 */
public final class CaseFacts {
    private String language;
    private Channel channel;
    private Priority priority;
    private Status status;
    private boolean noRemoteAccess;
    private int reopenCount;
    private int escalationLevel;
    private int customerMessages;
    private int agentReplies;
    private int pendingCustomerMessages;
    private int followUps;
    private long minutesSinceCustomer = -1;
    private long minutesWaiting = -1;
    private String slaTimer;
    private long slaTargetMinutes;
    private long slaMinutesLeft;
    private SlaState slaState = SlaState.NONE;
    private double capsRatio;
    private int capsMessage = -1;
    private int exclamationRun;
    private int questionRun;
    private int unansweredQuestions;
    private int customerWords;
    private int agentRepeatMessage = -1;
    private boolean hasDraft;
    private int draftWords;
    private int draftParagraphs;
    private int draftLongestParagraphWords;
    private int draftSentences;
    private boolean draftHasSteps;
    private double draftCapsRatio;
    private int draftExclamationRun;
    private double draftSimilarity;
    private int draftSimilarMessage = -1;
    private int draftFirstSentenceEnd;
    private int draftLength;
    private int draftLongestParagraphStart;
    private int draftLongestParagraphEnd;
    private int pendingQuestionRun;
    private int firstAgentReply = -1;
    private int longestCustomerMessageWords;
    private int customerListLines;
    private boolean draftInOtherScript;
    private int draftSubstanceWords;
    private int customerTechnicalTerms;
    private long waitingThreshold;
    private String draft = "";

    /** The case language: one of the languages the rules have a catalog for ("en", "ru", ...). */
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v; }
    /** The ticket channel, or null. */
    public Channel getChannel() { return channel; }
    public void setChannel(Channel v) { channel = v; }
    /** The ticket priority, or null. */
    public Priority getPriority() { return priority; }
    public void setPriority(Priority v) { priority = v; }
    /** The ticket status, or null. */
    public Status getStatus() { return status; }
    public void setStatus(Status v) { status = v; }
    /** True when the ticket says remote access is not possible. */
    public boolean isNoRemoteAccess() { return noRemoteAccess; }
    public void setNoRemoteAccess(boolean v) { noRemoteAccess = v; }
    /** How often the ticket was reopened. */
    public int getReopenCount() { return reopenCount; }
    public void setReopenCount(int v) { reopenCount = v; }
    /** 0 on the first line, then 1, 2, ... */
    public int getEscalationLevel() { return escalationLevel; }
    public void setEscalationLevel(int v) { escalationLevel = v; }
    /** Customer messages in the conversation. */
    public int getCustomerMessages() { return customerMessages; }
    public void setCustomerMessages(int v) { customerMessages = v; }
    /** Public agent replies already sent. */
    public int getAgentReplies() { return agentReplies; }
    public void setAgentReplies(int v) { agentReplies = v; }
    /** Customer messages after the last public agent reply. */
    public int getPendingCustomerMessages() { return pendingCustomerMessages; }
    public void setPendingCustomerMessages(int v) { pendingCustomerMessages = v; }
    /**
     * Pending customer messages that follow up on an unanswered one: sent at least the channel's
     * follow-up gap later ({@code followUp.*} in thresholds.properties), or pinging ("any update?").
     */
    public int getFollowUps() { return followUps; }
    public void setFollowUps(int v) { followUps = v; }
    /** Minutes since the last customer message, -1 when unknown. */
    public long getMinutesSinceCustomer() { return minutesSinceCustomer; }
    public void setMinutesSinceCustomer(long v) { minutesSinceCustomer = v; }
    /** Minutes since the oldest unanswered customer message, -1 when nobody waits or unknown. */
    public long getMinutesWaiting() { return minutesWaiting; }
    public void setMinutesWaiting(long v) { minutesWaiting = v; }
    /** "first" or "next": which SLA target is running, or null. */
    public String getSlaTimer() { return slaTimer; }
    public void setSlaTimer(String v) { slaTimer = v; }
    /** The running target in minutes, 0 when none. */
    public long getSlaTargetMinutes() { return slaTargetMinutes; }
    public void setSlaTargetMinutes(long v) { slaTargetMinutes = v; }
    /** Minutes left on the running target (negative when breached). */
    public long getSlaMinutesLeft() { return slaMinutesLeft; }
    public void setSlaMinutesLeft(long v) { slaMinutesLeft = v; }
    /** Where the running timer stands. */
    public SlaState getSlaState() { return slaState; }
    public void setSlaState(SlaState v) { slaState = v; }
    /** Highest share of capital letters in a customer message of some length (0..1). */
    public double getCapsRatio() { return capsRatio; }
    public void setCapsRatio(double v) { capsRatio = v; }
    /** The customer message with that share, -1 when none. */
    public int getCapsMessage() { return capsMessage; }
    public void setCapsMessage(int v) { capsMessage = v; }
    /** Longest run of '!' in customer messages. */
    public int getExclamationRun() { return exclamationRun; }
    public void setExclamationRun(int v) { exclamationRun = v; }
    /** Longest run of '?' in customer messages. */
    public int getQuestionRun() { return questionRun; }
    public void setQuestionRun(int v) { questionRun = v; }
    /** Questions in pending customer messages. */
    public int getUnansweredQuestions() { return unansweredQuestions; }
    public void setUnansweredQuestions(int v) { unansweredQuestions = v; }
    /** Words in all customer messages. */
    public int getCustomerWords() { return customerWords; }
    public void setCustomerWords(int v) { customerWords = v; }
    /** Index of an agent reply that repeats an earlier one nearly word for word, -1 when none. */
    public int getAgentRepeatMessage() { return agentRepeatMessage; }
    public void setAgentRepeatMessage(int v) { agentRepeatMessage = v; }
    /** True when the case has a non-blank draft. */
    public boolean isHasDraft() { return hasDraft; }
    public void setHasDraft(boolean v) { hasDraft = v; }
    /** Words in the draft. */
    public int getDraftWords() { return draftWords; }
    public void setDraftWords(int v) { draftWords = v; }
    /** Paragraphs in the draft. */
    public int getDraftParagraphs() { return draftParagraphs; }
    public void setDraftParagraphs(int v) { draftParagraphs = v; }
    /** Words in the draft's longest paragraph. */
    public int getDraftLongestParagraphWords() { return draftLongestParagraphWords; }
    public void setDraftLongestParagraphWords(int v) { draftLongestParagraphWords = v; }
    /** Sentences in the draft. */
    public int getDraftSentences() { return draftSentences; }
    public void setDraftSentences(int v) { draftSentences = v; }
    /** True when the draft has two or more numbered or bulleted lines. */
    public boolean isDraftHasSteps() { return draftHasSteps; }
    public void setDraftHasSteps(boolean v) { draftHasSteps = v; }
    /** Share of capital letters in the draft (0..1). */
    public double getDraftCapsRatio() { return draftCapsRatio; }
    public void setDraftCapsRatio(double v) { draftCapsRatio = v; }
    /** Longest run of '!' in the draft. */
    public int getDraftExclamationRun() { return draftExclamationRun; }
    public void setDraftExclamationRun(int v) { draftExclamationRun = v; }
    /** Highest word overlap (0..1) between the draft and an earlier agent reply. */
    public double getDraftSimilarity() { return draftSimilarity; }
    public void setDraftSimilarity(double v) { draftSimilarity = v; }
    /** The earlier agent reply most like the draft, -1 when none. */
    public int getDraftSimilarMessage() { return draftSimilarMessage; }
    public void setDraftSimilarMessage(int v) { draftSimilarMessage = v; }
    /** The draft's text, for {@link #draftSentenceStart} and {@link #draftSentenceEnd}. */
    public void setDraft(String v) { draft = v == null ? "" : v; }

    /**
     * Offset where the draft's sentence holding {@code offset} starts: after the previous ".",
     * "!" or "?" followed by a space, or the previous line break, and any spaces after it.
     */
    public int draftSentenceStart(int offset) {
        int i = Math.min(Math.max(offset, 0), draft.length());
        while (i > 0 && !sentenceBreakBefore(i)) {
            i--;
        }
        while (i < offset && Character.isWhitespace(draft.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Offset where the draft's sentence holding {@code offset} ends, its end mark included. */
    public int draftSentenceEnd(int offset) {
        for (int i = Math.max(offset, 0); i < draft.length(); i++) {
            char c = draft.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == draft.length() || Character.isWhitespace(draft.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return draft.length();
    }

    /** Whether a sentence ends just before offset {@code i} (a line break, or an end mark and a space). */
    private boolean sentenceBreakBefore(int i) {
        char prev = draft.charAt(i - 1);
        if (prev == '\n' || prev == '\r') {
            return true;
        }
        return Character.isWhitespace(prev) && i >= 2 && ".!?".indexOf(draft.charAt(i - 2)) >= 0;
    }

    /** Offset where the draft's first sentence ends (for findings about the draft as a whole). */
    public int getDraftFirstSentenceEnd() { return draftFirstSentenceEnd; }
    public void setDraftFirstSentenceEnd(int v) { draftFirstSentenceEnd = v; }
    /** Length of the draft in chars. */
    public int getDraftLength() { return draftLength; }
    public void setDraftLength(int v) { draftLength = v; }

    /** Words in the customer's longest message. */
    public int getLongestCustomerMessageWords() { return longestCustomerMessageWords; }
    public void setLongestCustomerMessageWords(int v) { longestCustomerMessageWords = v; }
    /** Most numbered or bulleted lines in one customer message (a structured report). */
    public int getCustomerListLines() { return customerListLines; }
    public void setCustomerListLines(int v) { customerListLines = v; }

    /**
     * Topic words of the draft outside stock lines (the {@code filler} word list: greetings,
     * thanks, apologies, canned phrases): 0 to 2 means the draft says nothing of its own.
     */
    public int getDraftSubstanceWords() { return draftSubstanceWords; }
    public void setDraftSubstanceWords(int v) { draftSubstanceWords = v; }
    /**
     * Distinct technical terms in the customer's words, by their shape ("PostgreSQL", "README",
     * "checkout.js", "--dry-run", "1.18.0"): two or more, and the customer writes like a technician.
     */
    public int getCustomerTechnicalTerms() { return customerTechnicalTerms; }
    public void setCustomerTechnicalTerms(int v) { customerTechnicalTerms = v; }
    /**
     * True when the draft is written in another script than the customer's words (Latin to a
     * customer who writes Cyrillic, or the reverse): the customer may not read it.
     */
    public boolean isDraftInOtherScript() { return draftInOtherScript; }
    public void setDraftInOtherScript(boolean v) { draftInOtherScript = v; }
    /**
     * Minutes without a reply after which a customer counts as waiting on this ticket's channel
     * ({@code waiting.*} in thresholds.properties).
     */
    public long getWaitingThreshold() { return waitingThreshold; }
    public void setWaitingThreshold(long v) { waitingThreshold = v; }

    /** Longest run of '?' in unanswered customer messages (\"???\" reads as confusion or exasperation). */
    public int getPendingQuestionRun() { return pendingQuestionRun; }
    public void setPendingQuestionRun(int v) { pendingQuestionRun = v; }
    /** Index of the first public agent reply, -1 when none. */
    public int getFirstAgentReply() { return firstAgentReply; }
    public void setFirstAgentReply(int v) { firstAgentReply = v; }

    /** Where the draft's longest paragraph starts. */
    public int getDraftLongestParagraphStart() { return draftLongestParagraphStart; }
    public void setDraftLongestParagraphStart(int v) { draftLongestParagraphStart = v; }
    /** Where the draft's longest paragraph ends (exclusive). */
    public int getDraftLongestParagraphEnd() { return draftLongestParagraphEnd; }
    public void setDraftLongestParagraphEnd(int v) { draftLongestParagraphEnd = v; }

    /** Every fact as {@code name=value}, for rule authors reading {@code explain}. */
    public String describe() {
        StringBuilder sb = new StringBuilder("CaseFacts(");
        try {
            boolean first = true;
            for (var m : CaseFacts.class.getDeclaredMethods()) {
                String n = m.getName();
                if (m.getParameterCount() == 0 && (n.startsWith("get") || n.startsWith("is")) && !n.equals("getClass")) {
                    sb.append(first ? "" : ", ").append(Character.toLowerCase(n.charAt(n.startsWith("is") ? 2 : 3)))
                            .append(n.substring(n.startsWith("is") ? 3 : 4)).append('=').append(m.invoke(this));
                    first = false;
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return sb.append(')').toString();
    }

    @Override
    public String toString() {
        return "CaseFacts(language=" + language + ", pending=" + pendingCustomerMessages + ", waiting=" + minutesWaiting + "min, sla=" + slaState + ", caps=" + String.format("%.2f", capsRatio) + ", draftWords=" + draftWords + ")";
    }
}
