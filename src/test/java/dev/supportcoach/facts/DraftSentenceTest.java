package dev.supportcoach.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftSentenceTest {

    private static String sentenceAround(String draft, String words) {
        CaseFacts f = new CaseFacts();
        f.setDraft(draft);
        int start = draft.indexOf(words);
        return draft.substring(f.draftSentenceStart(start), f.draftSentenceEnd(start + words.length()));
    }

    @Test
    void theSentenceHoldingAPhrase_runsFromThePreviousEndMarkToItsOwn() {
        String draft = "That was fixed in 4.2. I'm closing this ticket, write if it happens again. Thanks!";
        assertThat(sentenceAround(draft, "closing this ticket")).isEqualTo("I'm closing this ticket, write if it happens again.");
        assertThat(sentenceAround(draft, "That was")).isEqualTo("That was fixed in 4.2.");
        assertThat(sentenceAround(draft, "Thanks")).isEqualTo("Thanks!");
    }

    @Test
    void aLineBreakEndsASentence_andADecimalPointDoesNot() {
        String draft = "Hi Anna,\r\nversion 4.2 is out\nclosing now";
        assertThat(sentenceAround(draft, "4.2")).isEqualTo("version 4.2 is out");
        assertThat(sentenceAround(draft, "closing")).isEqualTo("closing now");
    }

    @Test
    void withoutADraft_theSpanIsEmpty() {
        CaseFacts f = new CaseFacts();
        assertThat(f.draftSentenceStart(0)).isZero();
        assertThat(f.draftSentenceEnd(0)).isZero();
    }
}
