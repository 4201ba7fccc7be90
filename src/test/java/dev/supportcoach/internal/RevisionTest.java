package dev.supportcoach.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionTest {
    private static String applied(String draft, int start, int end, String rewrite) {
        return Revision.apply(draft, List.of(Revision.fit(draft, start, end, rewrite)));
    }

    @Test
    void fit_givesTheRewriteTheCaseOfItsPlace() {
        String d = "Sorry, I can't help with plugins.";
        assertThat(applied(d, 7, 19, "let me see what I can do")).isEqualTo("Sorry, let me see what I can do with plugins.");
        String s = "Next time write in that issue.";
        assertThat(applied(s, 0, 15, "please write")).isEqualTo("Please write in that issue.");
        assertThat(Revision.fit("Ok. i can't", 4, 11, "I'll check").text()).isEqualTo("I'll check");
    }

    @Test
    void fit_deletionTakesItsSpaceAndCommaAndHandsOnTheCapital() {
        assertThat(applied("Obviously, the VPN needs a restart.", 0, 9, "")).isEqualTo("The VPN needs a restart.");
        assertThat(applied("The VPN obviously needs a restart.", 8, 17, "")).isEqualTo("The VPN needs a restart.");
        assertThat(applied("It is hard to be a reader, not a writer.", 25, 39, "")).isEqualTo("It is hard to be a reader.");
        assertThat(applied("Очевидно, выгрузка идёт ночью.", 0, 8, "")).isEqualTo("Выгрузка идёт ночью.");
    }

    @Test
    void fitsInPlace_onlyForWholeClausesOrOneWord() {
        String d = "Changing language is just a simple click: here.";
        int s = d.indexOf("just a simple");
        assertThat(Revision.fitsInPlace(d, s, s + "just a simple".length(), false)).isFalse();
        String c = "I'm sorry. For future reference, call us first.";
        int f = c.indexOf("For future reference");
        assertThat(Revision.fitsInPlace(c, f, f + "For future reference".length(), false)).isTrue();
        assertThat(Revision.fitsInPlace("перезагрузите комп сейчас", 14, 18, true)).isTrue();
    }

    @Test
    void apply_skipsAnEditThatOverlapsAnEarlierOne() {
        List<Revision.Edit> edits = List.of(new Revision.Edit(0, 5, "A"), new Revision.Edit(3, 8, "B"));
        assertThat(Revision.disjoint(edits)).isFalse();
        assertThat(Revision.apply("0123456789", edits)).isEqualTo("A56789");
    }
}
