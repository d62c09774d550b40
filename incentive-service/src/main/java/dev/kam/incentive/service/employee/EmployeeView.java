package dev.kam.incentive.service.employee;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import dev.kam.incentive.service.competency.ProfessionalismSource;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An employee as this service knows them, with the accounts whose team they are on (from account events). */
@Schema(name = "Employee")
public record EmployeeView(
        @Schema(description = "Keycloak user id") String userId,
        String position,
        @Schema(description = "The level the workload norm counts with: from the latest competency assessment when "
                + "there is one, else the recorded one") ProfessionalismLevel professionalism,
        @Schema(description = "ASSESSMENT or RECORDED") ProfessionalismSource professionalismFrom,
        @Schema(description = "The level typed on the record; it counts only while no assessment exists")
        ProfessionalismLevel recordedProfessionalism,
        @Schema(description = "Accounts whose team the employee is on, as account-service last announced") List<UUID> accounts,
        @Schema(description = "Also sent as the ETag") long version,
        Instant createdAt,
        Instant updatedAt) {
}
