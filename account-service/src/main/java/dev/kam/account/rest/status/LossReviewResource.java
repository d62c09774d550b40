package dev.kam.account.rest.status;

import dev.kam.account.rest.AccountExamples;
import dev.kam.account.rest.PageSchemas;
import dev.kam.account.service.status.LossReviewView;
import dev.kam.account.service.status.SearchingLossReviews;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The loss reviews, searchable so that the same mistakes are not repeated. */
@Path("/api/accounts/loss-reviews")
@Authenticated
@Tag(name = "Loss reviews", description = "Why accounts were lost and what we learned")
@Produces(MediaType.APPLICATION_JSON)
public class LossReviewResource {

    private final SearchingLossReviews searching;

    LossReviewResource(SearchingLossReviews searching) {
        this.searching = searching;
    }

    @GET
    @Operation(summary = "Search loss reviews",
            description = "Loss reviews whose causes or lessons contain the text (any case), newest first, a page "
                    + "at a time. sales-director and kam-admin search all; everyone else the reviews of accounts "
                    + "whose team they are on.")
    @APIResponse(responseCode = "200", description = "One page of loss reviews",
            content = @Content(schema = @Schema(implementation = PageSchemas.LossReviewPage.class),
                    examples = @ExampleObject(name = "page", value = AccountExamples.LOSS_REVIEWS)))
    @APIResponse(responseCode = "400", description = "The account id, limit or cursor is malformed")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    public Page<LossReviewView> searchLossReviews(
            @Parameter(description = "Text to find in causes or lessons") @QueryParam("q") String q,
            @Parameter(description = "Only this account's reviews", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("accountId") String accountId,
            @Parameter(description = "Page size, 1 to 100 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page") @QueryParam("cursor") String cursor) {
        return searching.search(q, accountIdOf(accountId), cursor,
                QueryParameters.pageLimit("limit", limit));
    }

    private static UUID accountIdOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("accountId must be a UUID");
        }
    }
}
