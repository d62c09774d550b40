package dev.kam.contact.client;

import java.util.List;
import java.util.Optional;

/**
 * What account-service told about an account for a brief: the dossier's summary, the latest
 * interactions and the open problems; or, when it could not tell, why ({@link #missing()}).
 */
public record AccountHistory(Optional<AccountRecord> account, List<InteractionRecord> recentInteractions,
        List<ProblemRecord> openProblems, Optional<String> missing) {

    public AccountHistory {
        recentInteractions = List.copyOf(recentInteractions);
        openProblems = List.copyOf(openProblems);
    }

    public static AccountHistory of(AccountRecord account, List<InteractionRecord> interactions,
            List<ProblemRecord> problems) {
        return new AccountHistory(Optional.of(account), interactions, problems, Optional.empty());
    }

    /** Nothing known; {@code reason} says what is missing and why, in words a team member understands. */
    public static AccountHistory unavailable(String reason) {
        return new AccountHistory(Optional.empty(), List.of(), List.of(),
                Optional.of("account history unavailable: " + reason));
    }
}
