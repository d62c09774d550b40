package dev.kam.contact.service.profile;

import dev.kam.contact.domain.profile.ProfileQuestion;
import java.util.EnumMap;
import java.util.Map;

/** The ten preparation questions as named fields; an unanswered question is null. */
public record ProfileAnswers(String education, String previousPosition, String companyOrSelf,
        String personalConcerns, String tiesWithOurStaff, String ethicalConsiderations, String negotiatingStyle,
        String feltObligations, String companyProblems, String competitorOffer) {

    public static ProfileAnswers of(Map<ProfileQuestion, String> answers) {
        return new ProfileAnswers(answers.get(ProfileQuestion.EDUCATION), answers.get(ProfileQuestion.PREVIOUS_POSITION),
                answers.get(ProfileQuestion.COMPANY_OR_SELF), answers.get(ProfileQuestion.PERSONAL_CONCERNS),
                answers.get(ProfileQuestion.TIES_WITH_OUR_STAFF), answers.get(ProfileQuestion.ETHICAL_CONSIDERATIONS),
                answers.get(ProfileQuestion.NEGOTIATING_STYLE), answers.get(ProfileQuestion.FELT_OBLIGATIONS),
                answers.get(ProfileQuestion.COMPANY_PROBLEMS), answers.get(ProfileQuestion.COMPETITOR_OFFER));
    }

    /** Question to text as given (null and blank included: the domain decides what they mean). */
    public Map<ProfileQuestion, String> byQuestion() {
        Map<ProfileQuestion, String> answers = new EnumMap<>(ProfileQuestion.class);
        answers.put(ProfileQuestion.EDUCATION, education);
        answers.put(ProfileQuestion.PREVIOUS_POSITION, previousPosition);
        answers.put(ProfileQuestion.COMPANY_OR_SELF, companyOrSelf);
        answers.put(ProfileQuestion.PERSONAL_CONCERNS, personalConcerns);
        answers.put(ProfileQuestion.TIES_WITH_OUR_STAFF, tiesWithOurStaff);
        answers.put(ProfileQuestion.ETHICAL_CONSIDERATIONS, ethicalConsiderations);
        answers.put(ProfileQuestion.NEGOTIATING_STYLE, negotiatingStyle);
        answers.put(ProfileQuestion.FELT_OBLIGATIONS, feltObligations);
        answers.put(ProfileQuestion.COMPANY_PROBLEMS, companyProblems);
        answers.put(ProfileQuestion.COMPETITOR_OFFER, competitorOffer);
        return answers;
    }

    @Override
    public String toString() {
        return "ProfileAnswers[personal data]";
    }
}
