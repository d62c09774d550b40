package dev.kam.events.account;

import dev.kam.events.EventType;
import dev.kam.events.Topics;

/** Facts about key-client dossiers, published by account-service on {@value Topics#ACCOUNTS}. */
public final class AccountEvents {

    public static final EventType<AccountRegistered> REGISTERED =
            new EventType<>(Topics.ACCOUNTS, "dev.kam.account.registered.v1", AccountRegistered.class);
    public static final EventType<AccountProfileChanged> PROFILE_CHANGED =
            new EventType<>(Topics.ACCOUNTS, "dev.kam.account.profile-changed.v1", AccountProfileChanged.class);
    public static final EventType<AccountStatusChanged> STATUS_CHANGED =
            new EventType<>(Topics.ACCOUNTS, "dev.kam.account.status-changed.v1", AccountStatusChanged.class);
    public static final EventType<AccountTeamChanged> TEAM_CHANGED =
            new EventType<>(Topics.ACCOUNTS, "dev.kam.account.team-changed.v1", AccountTeamChanged.class);
    public static final EventType<InteractionLogged> INTERACTION_LOGGED =
            new EventType<>(Topics.ACCOUNTS, "dev.kam.account.interaction-logged.v1", InteractionLogged.class);

    private AccountEvents() {
    }
}
