package dev.kam.contact.service.guidance;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.guidance.NextAction;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.service.coverage.BuyingCentreFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the team should do next with an account's buying centre, as of a day. */
public record NextActionsView(UUID accountId, LocalDate asOf, List<Item> actions) {

    /**
     * One next action; the person it is about, with his name and role (in the scope the actions were
     * computed for), when it is about one person.
     */
    public record Item(String code, UUID stakeholderId, String stakeholderName, BuyingCentreRole role,
            String action) {
    }

    /** The actions as items, naming the people of {@code known} they are about. */
    public static List<Item> items(List<NextAction> actions, BuyingCentreFacts known) {
        Map<UUID, StakeholderEntity> people = known.people().stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        return actions.stream()
                .map(a -> {
                    UUID id = a.stakeholder().map(StakeholderId::value).orElse(null);
                    StakeholderEntity person = id == null ? null : people.get(id);
                    return new Item(a.code().name(), id, person == null ? null : person.name,
                            id == null ? null : known.roleOf(id).orElse(null), a.action());
                })
                .toList();
    }
}
