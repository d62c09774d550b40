package dev.kam.contact.rest.stakeholder;

import dev.kam.contact.domain.stakeholder.Departure;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person left the client: on which day, and where to if known. */
public record DepartureRequest(@NotNull @Schema(description = "Not after today") LocalDate leftOn,
        @Size(max = Departure.MAX_DESTINATION_LENGTH) String destination) {
}
