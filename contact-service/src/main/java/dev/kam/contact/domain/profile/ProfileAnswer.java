package dev.kam.contact.domain.profile;

import dev.kam.kernel.BoundedText;

/** The team's answer to one profile question: plain text, stripped, never blank, bounded. */
public record ProfileAnswer(String text) {

    /** Enough for a few sentences; reasonable sufficiency means no life stories. */
    public static final int MAX_LENGTH = 2000;

    public ProfileAnswer {
        text = BoundedText.required(text, "answer", MAX_LENGTH);
    }

    @Override
    public String toString() {
        // answers are personal data: keep them out of logs and exception messages
        return "ProfileAnswer[" + text.length() + " chars]";
    }
}
