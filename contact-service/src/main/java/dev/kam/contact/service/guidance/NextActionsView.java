package dev.kam.contact.service.guidance;

import dev.kam.contact.domain.role.BuyingCentreRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the team should do next with an account's buying centre, as of a day. */
public record NextActionsView(UUID accountId, LocalDate asOf, List<Item> actions) {

    /** One next action; the person it is about, with his name and role, when it is about one person. */
    public record Item(String code, UUID stakeholderId, String stakeholderName, BuyingCentreRole role,
            String action) {
    }
}
