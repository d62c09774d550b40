package dev.kam.contact.domain.stakeholder;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.kernel.DomainRuleViolation;
import java.util.Optional;

/**
 * One primary contact per account: the person we deal with first. Marking someone else moves the
 * flag (the previous one loses it); only a person still at the client can hold it, and it goes when
 * he leaves.
 */
public final class PrimaryContact {

    private PrimaryContact() {
    }

    /**
     * Who loses the flag when {@code candidate} is made the primary contact while {@code current}
     * holds it; empty when nobody does.
     */
    public static Optional<StakeholderId> handOver(Optional<StakeholderId> current, StakeholderId candidate,
            StakeholderStatus candidateStatus) {
        if (current == null || candidate == null || candidateStatus == null) {
            throw new IllegalArgumentException("Current holder, candidate and status must be given");
        }
        if (candidateStatus == StakeholderStatus.LEFT) {
            throw new DomainRuleViolation("primary-contact-left",
                    "A person who left the client cannot be the primary contact");
        }
        return current.filter(holder -> !holder.equals(candidate));
    }
}
