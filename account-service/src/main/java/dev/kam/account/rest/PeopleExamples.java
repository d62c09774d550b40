package dev.kam.account.rest;

/**
 * Example problems of the people directory (docs/adr/0015) for the operations that name one of our
 * people: the unknown-person 422 names the request field (the 503 is a shared response,
 * {@code SharedResponses.DIRECTORY_UNAVAILABLE}).
 */
public final class PeopleExamples {

    private static final String UNKNOWN_START = """
            {"type": "https://kam.dev/problems/unknown-person", "title": "Unknown person", "status": 422,
             "detail": "'""";
    private static final String UNKNOWN_MIDDLE = """
            ' does not name a person known to the identity provider",
             "violations": [{"field": \"""";
    private static final String UNKNOWN_END = """
            ", "message": "is not a person known to the identity provider"}]}""";

    public static final String UNKNOWN_MEMBER = UNKNOWN_START + "userId" + UNKNOWN_MIDDLE + "userId" + UNKNOWN_END;
    public static final String UNKNOWN_NEW_OWNER =
            UNKNOWN_START + "newOwnerId" + UNKNOWN_MIDDLE + "newOwnerId" + UNKNOWN_END;
    public static final String UNKNOWN_OWNER = UNKNOWN_START + "ownerId" + UNKNOWN_MIDDLE + "ownerId" + UNKNOWN_END;
    public static final String UNKNOWN_PARTICIPANT =
            UNKNOWN_START + "ourParticipantIds[1]" + UNKNOWN_MIDDLE + "ourParticipantIds[1]" + UNKNOWN_END;

    public static final String PROBLEM_JSON = "application/problem+json";

    private PeopleExamples() {
    }
}
