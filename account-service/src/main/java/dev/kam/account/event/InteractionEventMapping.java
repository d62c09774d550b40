package dev.kam.account.event;

import dev.kam.account.repository.InteractionEntity;
import dev.kam.events.account.InteractionLogged;
import java.util.List;

/**
 * A logged interaction as the public event: ids, kind, time and outcome. The summary and next step
 * stay in the dossier, because they may say things about people that other systems need not read.
 */
public final class InteractionEventMapping {

    private InteractionEventMapping() {
    }

    public static InteractionLogged logged(InteractionEntity interaction) {
        return new InteractionLogged(interaction.accountId.toString(), interaction.id.toString(),
                interaction.kind.name(), interaction.occurredAt, interaction.outcome.name(),
                List.copyOf(interaction.ourParticipants), List.copyOf(interaction.stakeholderIds));
    }
}
