package dev.kam.contact.rest.profile;

import dev.kam.contact.domain.profile.ProfileAnswer;
import dev.kam.contact.service.profile.ProfileAnswers;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The ten preparation questions, each optional (reasonable sufficiency: answer what you will use).
 * A question left out or blank is cleared.
 */
public record ProfileRequest(
        @Size(max = ProfileAnswer.MAX_LENGTH) @Schema(description = "Higher education: what and when; if none, "
                + "is that a sore point?") String education,
        @Size(max = ProfileAnswer.MAX_LENGTH) @Schema(description = "Last employer and position")
        String previousPosition,
        @Size(max = ProfileAnswer.MAX_LENGTH) @Schema(description = "More concerned with the company's welfare or "
                + "his own?") String companyOrSelf,
        @Size(max = ProfileAnswer.MAX_LENGTH) @Schema(description = "What else, beyond business, he takes to heart")
        String personalConcerns,
        @Size(max = ProfileAnswer.MAX_LENGTH) @Schema(description = "Business relations with our staff: with whom, "
                + "what kind, good or not, and why") String tiesWithOurStaff,
        @Size(max = ProfileAnswer.MAX_LENGTH) @Schema(description = "Moral or ethical considerations in working "
                + "with him") String ethicalConsiderations,
        @Size(max = ProfileAnswer.MAX_LENGTH) @Schema(description = "His negotiating style with our staff")
        String negotiatingStyle,
        @Size(max = ProfileAnswer.MAX_LENGTH) @Schema(description = "Obligations he feels to us or to a competitor")
        String feltObligations,
        @Size(max = ProfileAnswer.MAX_LENGTH) @Schema(description = "His company's problems that matter most, and "
                + "whether we can solve them") String companyProblems,
        @Size(max = ProfileAnswer.MAX_LENGTH) @Schema(description = "Whether a competitor can solve them on terms "
                + "more attractive to him") String competitorOffer) {

    public ProfileAnswers toAnswers() {
        return new ProfileAnswers(education, previousPosition, companyOrSelf, personalConcerns, tiesWithOurStaff,
                ethicalConsiderations, negotiatingStyle, feltObligations, companyProblems, competitorOffer);
    }

    @Override
    public String toString() {
        return "ProfileRequest[personal data]";
    }
}
