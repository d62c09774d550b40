package dev.kam.contact.domain.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.kernel.DomainRuleViolation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrimaryContactTest {

    private static final StakeholderId OLD = StakeholderId.newId();
    private static final StakeholderId NEW = StakeholderId.newId();

    @Test
    void markingSomeoneElseTakesTheFlagFromTheCurrentHolder() {
        assertThat(PrimaryContact.handOver(Optional.of(OLD), NEW, StakeholderStatus.ACTIVE)).contains(OLD);
    }

    @Test
    void theFirstPrimaryContactTakesItFromNobody() {
        assertThat(PrimaryContact.handOver(Optional.empty(), NEW, StakeholderStatus.ACTIVE)).isEmpty();
    }

    @Test
    void markingTheHolderAgainChangesNothing() {
        assertThat(PrimaryContact.handOver(Optional.of(NEW), NEW, StakeholderStatus.ACTIVE)).isEmpty();
    }

    @Test
    void aPersonWhoLeftCannotBeThePrimaryContact() {
        assertThatThrownBy(() -> PrimaryContact.handOver(Optional.of(OLD), NEW, StakeholderStatus.LEFT))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("left");
    }
}
