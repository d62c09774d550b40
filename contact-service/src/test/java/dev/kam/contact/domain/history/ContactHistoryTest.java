package dev.kam.contact.domain.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactHistoryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    private static LoggedContact contact(Instant at, InteractionKind kind) {
        return new LoggedContact(UUID.randomUUID(), at, Optional.ofNullable(kind));
    }

    @Test
    void aCallInformsButIsNoMeeting() {
        LoggedContact call = contact(MONDAY, InteractionKind.CALL);
        ContactHistory history = ContactHistory.none().with(call);
        assertThat(history.lastInformed()).contains(call);
        assertThat(history.lastMet()).isEmpty();
    }

    @Test
    void meetingsNegotiationsAndVisitsAreMeetingInPerson() {
        for (InteractionKind kind : new InteractionKind[] {InteractionKind.MEETING, InteractionKind.NEGOTIATION,
                InteractionKind.VISIT}) {
            LoggedContact met = contact(MONDAY, kind);
            assertThat(ContactHistory.none().with(met)).isEqualTo(
                    new ContactHistory(Optional.of(met), Optional.of(met)));
        }
        assertThat(InteractionKind.EMAIL.inPerson()).isFalse();
    }

    @Test
    void anOlderInteractionLoggedLateMovesNothingBack() {
        LoggedContact recentCall = contact(MONDAY, InteractionKind.CALL);
        LoggedContact olderMeeting = contact(MONDAY.minusSeconds(86_400 * 7), InteractionKind.MEETING);
        LoggedContact ancientVisit = contact(MONDAY.minusSeconds(86_400 * 30), InteractionKind.VISIT);

        ContactHistory history = ContactHistory.none().with(recentCall).with(olderMeeting).with(ancientVisit);

        assertThat(history.lastInformed()).contains(recentCall);
        assertThat(history.lastMet()).as("the older meeting is still the newest meeting").contains(olderMeeting);
    }

    @Test
    void aKindThisServiceDoesNotKnowStillInforms() {
        assertThat(InteractionKind.named("VIDEO_CALL")).isEmpty();
        assertThat(InteractionKind.named("VISIT")).contains(InteractionKind.VISIT);
        ContactHistory history = ContactHistory.none().with(contact(MONDAY, null));
        assertThat(history.lastInformed()).isPresent();
        assertThat(history.lastMet()).isEmpty();
    }

    @Test
    void theDayInformedIsTheDayInTheCompanysZone() {
        ContactHistory history = ContactHistory.none().with(contact(Instant.parse("2026-11-23T23:30:00Z"),
                InteractionKind.CALL));
        assertThat(history.lastInformedOn(ZoneId.of("UTC"))).contains(LocalDate.of(2026, 11, 23));
        assertThat(history.lastInformedOn(ZoneId.of("Europe/Berlin"))).contains(LocalDate.of(2026, 11, 24));
        assertThat(ContactHistory.none().lastInformedOn(ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    void whoeverWasMetWasInformed() {
        LoggedContact met = contact(MONDAY, InteractionKind.MEETING);
        assertThatThrownBy(() -> new ContactHistory(Optional.empty(), Optional.of(met)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
