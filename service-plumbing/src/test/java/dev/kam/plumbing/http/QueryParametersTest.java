package dev.kam.plumbing.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.period.Period;
import dev.kam.plumbing.paging.PageLimit;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Query parameters read from text: absent is null (or the default), a wrong value a 400 naming the parameter. */
class QueryParametersTest {

    enum Colour { RED, GREEN }

    @Test
    void anAbsentParameterIsNullOrItsDefault() {
        assertThat(QueryParameters.enumValue("colour", " ", Colour.class)).isNull();
        assertThat(QueryParameters.id("decisionId", null)).isNull();
        assertThat(QueryParameters.integer("minAgeDays", "")).isNull();
        assertThat(QueryParameters.period("from", null)).isNull();
        assertThat(QueryParameters.instant("since", null)).isNull();
        assertThat(QueryParameters.flag("mine", null)).isFalse();
        assertThat(QueryParameters.pageLimit("limit", null)).isEqualTo(PageLimit.DEFAULT);
    }

    @Test
    void wellFormedValuesAreReadWithSurroundingBlanksIgnored() {
        UUID id = UUID.randomUUID();
        assertThat(QueryParameters.enumValue("colour", " GREEN ", Colour.class)).isEqualTo(Colour.GREEN);
        assertThat(QueryParameters.requiredId("accountId", id + " ")).isEqualTo(id);
        assertThat(QueryParameters.integer("minAgeDays", "14")).isEqualTo(14);
        assertThat(QueryParameters.period("from", "2026-Q3")).isEqualTo(Period.parse("2026-Q3"));
        assertThat(QueryParameters.instant("since", "2026-03-01T00:00:00Z"))
                .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(QueryParameters.flag("mine", "true")).isTrue();
        assertThat(QueryParameters.pageLimit("limit", String.valueOf(PageLimit.MAX))).isEqualTo(PageLimit.MAX);
    }

    @Test
    void aWrongValueIsA400NamingTheParameterAndWhatItMustBe() {
        assertRefused(() -> QueryParameters.enumValue("colour", "BLUE", Colour.class), "colour",
                "must be one of RED, GREEN");
        assertRefused(() -> QueryParameters.id("decisionId", "nope"), "decisionId", "must be a UUID");
        assertRefused(() -> QueryParameters.requiredId("accountId", null), "accountId", "is required");
        assertRefused(() -> QueryParameters.integer("minAgeDays", "1.5"), "minAgeDays", "must be a whole number");
        assertRefused(() -> QueryParameters.period("from", "2026-Q5"), "from",
                "must be a period written 2026, 2026-H1, 2026-Q3 or 2026-03");
        assertRefused(() -> QueryParameters.instant("since", "yesterday"), "since",
                "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        assertRefused(() -> QueryParameters.flag("mine", "maybe"), "mine", "must be true or false");
    }

    @Test
    void aPageLimitOutsideOneToTheMaximumIsRefused() {
        assertRefused(() -> QueryParameters.pageLimit("limit", "0"), "limit", "must be between 1 and " + PageLimit.MAX);
        assertRefused(() -> QueryParameters.pageLimit("limit", String.valueOf(PageLimit.MAX + 1)), "limit",
                "must be between 1 and " + PageLimit.MAX);
        assertRefused(() -> QueryParameters.pageLimit("limit", "ten"), "limit", "must be a whole number");
    }

    private static void assertRefused(Runnable read, String parameter, String message) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status().getStatusCode()).isEqualTo(400);
            assertThat(e.getMessage()).isEqualTo("The query parameter '" + parameter + "' " + message);
            assertThat(e.violations()).containsExactly(new ProblemDetail.Violation(parameter, message));
        });
    }
}
