package dev.kam.contact.domain.profile;

/**
 * What the team tries to know about a person before sitting down to negotiate with him. Codes are
 * stable (stored and sent to screens); the order is the order of the preparation form.
 */
public enum ProfileQuestion {
    EDUCATION("education",
            "What higher education does he have, and from when? If none, is that a sensitive topic for him?"),
    PREVIOUS_POSITION("previous-position",
            "Where did he work before, and in what position?"),
    COMPANY_OR_SELF("company-or-self",
            "Does he care more about his company's interests or about his own?"),
    PERSONAL_CONCERNS("personal-concerns",
            "Apart from business, what does he care deeply about?"),
    TIES_WITH_OUR_STAFF("ties-with-our-staff",
            "Which of our people does he deal with, in what kind of contact, is it going well, and why?"),
    ETHICAL_CONSIDERATIONS("ethical-considerations",
            "Are there moral or ethical points to keep in mind when working with him?"),
    NEGOTIATING_STYLE("negotiating-style",
            "How does he usually negotiate with our people?"),
    FELT_OBLIGATIONS("felt-obligations",
            "Does he feel he owes something to us, or to a competitor?"),
    COMPANY_PROBLEMS("company-problems",
            "Which problems of his company matter most to him, and can we solve them?"),
    COMPETITOR_OFFER("competitor-offer",
            "Could a competitor solve those problems on terms he would find more attractive?");

    private final String code;
    private final String prompt;

    ProfileQuestion(String code, String prompt) {
        this.code = code;
        this.prompt = prompt;
    }

    public String code() {
        return code;
    }

    public String prompt() {
        return prompt;
    }

    public static ProfileQuestion fromCode(String code) {
        for (ProfileQuestion question : values()) {
            if (question.code.equals(code)) {
                return question;
            }
        }
        throw new IllegalArgumentException("Unknown profile question: " + code);
    }
}
