package dev.kam.account.service.caller;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller: who they are, their KAM roles and the accounts they serve. */
@Schema(description = "The caller's identity, KAM realm roles and the accounts they serve")
public record WhoAmIView(
        @Schema(description = "Keycloak user id (the token's subject)") String userId,
        @Schema(description = "User name (preferred_username; the user id when the token has none, as a "
                + "service account's); may change, so never a key") String username,
        @Schema(description = "The caller's realm roles that the suite knows, sorted; Keycloak's own defaults left out")
        Set<String> roles,
        @Schema(description = "The accounts the caller owns or is on the team of, by name (case-insensitive), "
                + "then id; empty when none") List<ServedAccountView> accounts) {
}
