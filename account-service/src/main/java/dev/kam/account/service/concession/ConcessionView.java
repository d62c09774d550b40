package dev.kam.account.service.concession;

import dev.kam.account.domain.negotiation.ConcessionDirection;
import dev.kam.account.repository.ConcessionEntity;
import dev.kam.plumbing.json.MoneyBody;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A concession as the dossier shows it. */
@Schema(description = "A concession given to or received from the client")
public record ConcessionView(
        UUID id,
        UUID accountId,
        @Schema(description = "The negotiation it was made in, if recorded with one") UUID interactionId,
        @Schema(enumeration = {"GIVEN", "RECEIVED"}, description = "GIVEN by us or RECEIVED from the client")
        ConcessionDirection direction,
        String description,
        @Schema(description = "What it is worth, if it has a price") MoneyBody value,
        @Schema(description = "Keycloak user id of whoever recorded it") String recordedBy,
        Instant recordedAt) {

    public static ConcessionView of(ConcessionEntity concession) {
        MoneyBody value = concession.valueAmount == null ? null
                : new MoneyBody(concession.valueAmount.toPlainString(), concession.valueCurrency);
        return new ConcessionView(concession.id, concession.accountId, concession.interactionId,
                concession.direction, concession.description, value, concession.recordedBy, concession.recordedAt);
    }
}
