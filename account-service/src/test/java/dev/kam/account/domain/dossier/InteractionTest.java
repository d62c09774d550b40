package dev.kam.account.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.account.domain.negotiation.Concession;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.Money;
import dev.kam.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InteractionTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final UserId KATE = UserId.of("kate");
    private static final UserId TOM = UserId.of("tom");
    private static final UUID BUYER = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final Concession DISCOUNT = Concession.given("Two percent off", Money.of("1500.00", "EUR"));

    private static Interaction logged(InteractionKind kind, Instant at, List<Concession> concessions) {
        return Interaction.logged(kind, at, List.of(KATE), List.of(BUYER), "Quarterly review", Outcome.POSITIVE,
                Optional.of("Send the offer"), Optional.of(LocalDate.of(2026, 11, 27)), concessions, NOW);
    }

    @Test
    void aContactThatHasTakenPlaceIsLogged() {
        Interaction interaction = logged(InteractionKind.MEETING, NOW.minusSeconds(3600), List.of());

        assertThat(interaction.kind()).isEqualTo(InteractionKind.MEETING);
        assertThat(interaction.ourParticipants()).containsExactly(KATE);
        assertThat(interaction.nextStep()).contains("Send the offer");
    }

    @Test
    void aFewMinutesOfClockSkewAreTolerated() {
        Interaction interaction = logged(InteractionKind.CALL, NOW.plus(Interaction.FUTURE_TOLERANCE), List.of());
        assertThat(interaction.occurredAt()).isEqualTo(NOW.plus(Interaction.FUTURE_TOLERANCE));
    }

    @Test
    void aContactLaterThanTheToleranceHasNotHappenedYet() {
        Instant tooLate = NOW.plus(Interaction.FUTURE_TOLERANCE).plusSeconds(1);
        assertThatThrownBy(() -> logged(InteractionKind.CALL, tooLate, List.of()))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("interaction-in-future");
    }

    @Test
    void aNegotiationCarriesItsConcessions() {
        Interaction interaction = logged(InteractionKind.NEGOTIATION, NOW, List.of(DISCOUNT));
        assertThat(interaction.concessions()).containsExactly(DISCOUNT);
    }

    @Test
    void concessionsOutsideANegotiationAreRefused() {
        assertThatThrownBy(() -> logged(InteractionKind.MEETING, NOW, List.of(DISCOUNT)))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("concessions-need-negotiation");
    }

    @Test
    void onlyANegotiationAcceptsConcessions() {
        Interaction.requireAcceptsConcessions(InteractionKind.NEGOTIATION);
        for (InteractionKind kind : List.of(InteractionKind.MEETING, InteractionKind.CALL, InteractionKind.EMAIL,
                InteractionKind.VISIT)) {
            assertThatThrownBy(() -> Interaction.requireAcceptsConcessions(kind))
                    .isInstanceOf(DomainRuleViolation.class);
        }
    }

    @Test
    void participantsNamedTwiceAreCountedOnce() {
        Interaction interaction = Interaction.logged(InteractionKind.VISIT, NOW, List.of(KATE, TOM, KATE),
                List.of(BUYER, BUYER), "Site visit", Outcome.NEUTRAL, Optional.empty(), Optional.empty(), List.of(),
                NOW);

        assertThat(interaction.ourParticipants()).containsExactly(KATE, TOM);
        assertThat(interaction.stakeholderIds()).containsExactly(BUYER);
    }

    @Test
    void someoneOfOursTookPart() {
        assertThatThrownBy(() -> Interaction.logged(InteractionKind.EMAIL, NOW, List.of(), List.of(), "Mail",
                Outcome.NEUTRAL, Optional.empty(), Optional.empty(), List.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("At least one of our people");
    }

    @Test
    void theSummaryIsRequiredAndBounded() {
        assertThatThrownBy(() -> Interaction.logged(InteractionKind.EMAIL, NOW, List.of(KATE), List.of(), "  ",
                Outcome.NEUTRAL, Optional.empty(), Optional.empty(), List.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        String tooLong = "x".repeat(Interaction.MAX_SUMMARY_LENGTH + 1);
        assertThatThrownBy(() -> Interaction.logged(InteractionKind.EMAIL, NOW, List.of(KATE), List.of(), tooLong,
                Outcome.NEUTRAL, Optional.empty(), Optional.empty(), List.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankNextStepIsNoNextStep() {
        Interaction interaction = Interaction.logged(InteractionKind.CALL, NOW, List.of(KATE), List.of(), " Call ",
                Outcome.NEGATIVE, Optional.of("   "), Optional.empty(), List.of(), NOW);

        assertThat(interaction.nextStep()).isEmpty();
        assertThat(interaction.summary()).isEqualTo("Call");
    }

    @Test
    void tooManyParticipantsAreRefused() {
        List<UserId> crowd = Collections.nCopies(Interaction.MAX_PARTICIPANTS + 1, 0).stream()
                .map(i -> UserId.of(UUID.randomUUID().toString())).toList();
        assertThatThrownBy(() -> Interaction.logged(InteractionKind.MEETING, NOW, crowd, List.of(), "Town hall",
                Outcome.NEUTRAL, Optional.empty(), Optional.empty(), List.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
