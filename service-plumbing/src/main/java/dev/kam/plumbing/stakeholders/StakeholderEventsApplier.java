package dev.kam.plumbing.stakeholders;

import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.PoisonEventException;

/**
 * What a service does with one of contact-service's events (kam.stakeholders.v1): the part that differs
 * between the services that follow the buying centre. Exactly one bean implements it where
 * {@link StakeholderEventsConsumer} is enabled.
 */
public interface StakeholderEventsApplier {

    /**
     * Applies the event once, in a transaction that also remembers it in the inbox.
     *
     * @throws PoisonEventException when the event can never be applied (dead-lettered, not retried)
     */
    void apply(InboundEvent event);
}
