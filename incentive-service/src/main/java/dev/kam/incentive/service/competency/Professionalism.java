package dev.kam.incentive.service.competency;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;

/** An employee's professionalism level and where it comes from. */
public record Professionalism(ProfessionalismLevel level, ProfessionalismSource source) {
}
