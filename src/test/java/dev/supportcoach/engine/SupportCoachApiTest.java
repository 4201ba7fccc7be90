package dev.supportcoach.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.supportcoach.Advice;
import dev.supportcoach.LimitExceededException;
import dev.supportcoach.Limits;
import dev.supportcoach.Principle;
import dev.supportcoach.Recommendation;
import dev.supportcoach.SupportCase;
import dev.supportcoach.facts.Hit;
import dev.supportcoach.facts.Who;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's config file loader and the typed signals. */
class SupportCoachApiTest {
    private static final SupportCase BLOCKED = SupportCase.builder("API-1")
            .customer("Since the update I can't work at all.")
            .draft("Sorry, I can't help with that.")
            .build();

    @TempDir
    Path dir;

    private Path config(String text) throws IOException {
        Path file = dir.resolve("coach.properties");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void config_appliesTheSettingsTheCliReads() throws IOException {
        Path file = config("# a comment\ndisable = DRAFT_IGNORES_IMPACT, HUMILITY\npriority.OWN_THE_PROBLEM = 1\n"
                + "priority.ACKNOWLEDGE_BLOCKED_WORK = 9\nlanguage = ru\nmaxFirings = 5000\n");
        Advice a = SupportCoach.builder().config(file).build().advise(BLOCKED);
        assertThat(a.recommendations().get(0).id()).isEqualTo("OWN_THE_PROBLEM");
        assertThat(a.recommendations()).extracting(Recommendation::principle).doesNotContain(Principle.HUMILITY);
        assertThat(a.draftFindings()).noneSatisfy(f -> assertThat(f.id()).isEqualTo("DRAFT_IGNORES_IMPACT"));
        // language is the default for cases that do not tell: this one does (English words)
        assertThat(a.language()).isEqualTo("en");
        SupportCase silent = SupportCase.builder("API-2").build();
        assertThat(SupportCoach.builder().config(file).build().advise(silent).language()).isEqualTo("ru");
    }

    @Test
    void config_limitsNotGivenKeepTheBuildersValues() throws IOException {
        Path file = config("limits.maxMessages = 5\n");
        SupportCoach coach = SupportCoach.builder().limits(new Limits(100, 10, 50_000, 1_000_000)).config(file).build();
        // maxMessageChars stays 10, as the builder set it
        assertThatThrownBy(() -> coach.advise(BLOCKED)).isInstanceOfSatisfying(LimitExceededException.class,
                e -> assertThat(e.limit()).isEqualTo("maxMessageChars"));
    }

    @Test
    void config_unknownSetting_namesFileAndSetting() throws IOException {
        Path file = config("dissable = NO_REFUSAL\n");
        assertThatThrownBy(() -> SupportCoach.builder().config(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": dissable: unknown setting 'dissable'");
    }

    @Test
    void config_badValues_areNamed() throws IOException {
        Path notANumber = config("maxFirings = lots\n");
        assertThatThrownBy(() -> SupportCoach.builder().config(notANumber))
                .hasMessage(notANumber + ": maxFirings: not a whole number: 'lots'");
        Path outOfRange = config("priority.NO_REFUSAL = 0\n");
        assertThatThrownBy(() -> SupportCoach.builder().config(outOfRange))
                .hasMessageContaining("priority.NO_REFUSAL: priority must be 1 to 9");
        Path negativeLimit = config("limits.maxDraftChars = -1\n");
        assertThatThrownBy(() -> SupportCoach.builder().config(negativeLimit))
                .hasMessage(negativeLimit + ": limits must be positive");
    }

    @Test
    void config_missingFile_isAnUncheckedIoError() {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> SupportCoach.builder().config(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read the config file " + missing + ": no such file");
    }

    @Test
    void signals_areTyped_withTheFactsAndHitsTheRulesSee() {
        Signals s = SupportCoach.builder().build().signals(BLOCKED);
        assertThat(s.language()).isEqualTo("en");
        assertThat(s.facts().getCustomerMessages()).isEqualTo(1);
        assertThat(s.facts().isHasDraft()).isTrue();
        assertThat(s.hits("blocked")).isNotEmpty().allSatisfy(h -> {
            assertThat(h.getWho()).isEqualTo(Who.CUSTOMER);
            assertThat(h.getMessage()).isZero();
        });
        assertThat(s.hits("refusal")).extracting(Hit::getWho).containsOnly(Who.DRAFT);
        assertThat(s.hits()).containsAll(s.hits("blocked"));
    }
}
