package dev.kam.account.rest.dossier;

import dev.kam.account.domain.health.HealthBand;
import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.rest.AccountExamples;
import dev.kam.account.rest.AccountResponses;
import dev.kam.account.rest.PageSchemas;
import dev.kam.account.rest.PeopleExamples;
import dev.kam.account.service.dossier.AccountDossier;
import dev.kam.account.service.dossier.AccountListFilter;
import dev.kam.account.service.dossier.AccountSummary;
import dev.kam.account.service.dossier.ChangingAccountProfile;
import dev.kam.account.service.dossier.ListingAccounts;
import dev.kam.account.service.dossier.ReadingAccounts;
import dev.kam.account.service.dossier.RegisteringAccount;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.idempotency.Idempotency;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Key-client dossiers: register, read, rewrite the profile, list. */
@Path("/api/accounts")
@Authenticated
@Tag(name = "Accounts", description = "Key-client dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    public static final String IF_MATCH_DESCRIPTION = "The ETag you read";

    private final RegisteringAccount registering;
    private final ChangingAccountProfile changingProfile;
    private final ReadingAccounts reading;
    private final ListingAccounts listing;
    private final Idempotency idempotency;

    AccountResource(RegisteringAccount registering, ChangingAccountProfile changingProfile, ReadingAccounts reading,
            ListingAccounts listing, Idempotency idempotency) {
        this.registering = registering;
        this.changingProfile = changingProfile;
        this.reading = reading;
        this.listing = listing;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Register an account",
            description = "A key account manager registers an account and becomes its owner, the team's first member "
                    + "as KAM; a kam-admin names the owner in `ownerId`. A new account is a PROSPECT (default, "
                    + "with its market state) or KEY. The legal identifier is unique. Send an `Idempotency-Key` "
                    + "to retry safely: the same key and body replay the first answer.")
    @RequestBody(content = @Content(
            examples = @ExampleObject(name = "captured prospect", value = AccountExamples.REGISTER)))
    @APIResponse(responseCode = "201", description = "Registered; `Location` and `ETag` set",
            content = @Content(schema = @Schema(implementation = AccountDossier.class),
                    examples = @ExampleObject(name = "dossier", value = AccountExamples.DOSSIER)))
    @APIResponse(responseCode = "400", description = "Invalid input (field violations), or a kam-admin named no owner")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403",
            description = "Not a key account manager or kam-admin, or a KAM naming another owner")
    @APIResponse(responseCode = "409", description = "An account with this legal identifier exists")
    @APIResponse(responseCode = "422", description = "A business rule says no (e.g. a prospect without market state, "
            + "a starting status other than PROSPECT or KEY), or the Idempotency-Key was used for another request"
            + "; or the owner a kam-admin names is not a person known to the identity provider"
            + " (`unknown-person`, naming the field)",
            content = @Content(mediaType = PeopleExamples.PROBLEM_JSON, examples = @ExampleObject(
                    name = "unknown-person", value = PeopleExamples.UNKNOWN_OWNER)))
    @APIResponse(responseCode = "503", ref = SharedResponses.DIRECTORY_UNAVAILABLE)
    public Response registerAccount(
            @Parameter(description = "Makes a retry safe: any unique string, e.g. a UUID")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AccountProfileRequest request) {
        return idempotency.respond(idempotencyKey, "POST /api/accounts", request, () -> {
            AccountDossier created = registering.register(request.toRegistration());
            return Response.created(URI.create("/api/accounts/" + created.id()))
                    .tag(EntityVersions.tagOf(created.version()))
                    .entity(created)
                    .build();
        });
    }

    @GET
    @Operation(summary = "List accounts",
            description = "Accounts as summaries, sorted by name (case-insensitive) then id, a page at a time. "
                    + "Team members see the accounts whose team they are on; sales-director, kam-admin and "
                    + "marketing see the whole portfolio. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of accounts",
            content = @Content(schema = @Schema(implementation = PageSchemas.AccountSummaryPage.class),
                    examples = @ExampleObject(name = "page", value = AccountExamples.LIST)))
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is malformed")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    public Page<AccountSummary> listAccounts(
            @Parameter(schema = @Schema(enumeration = {"PROSPECT", "KEY", "AT_RISK", "DORMANT", "LOST"}))
            @QueryParam("status") String status,
            @Parameter(description = "Segment, any case") @QueryParam("segment") String segment,
            @Parameter(description = "Keycloak user id of the owner") @Size(max = UserId.MAX_LENGTH) @QueryParam("ownerId") String ownerId,
            @Parameter(schema = @Schema(enumeration = {"HEALTHY", "WATCH", "AT_RISK", "CRITICAL"}))
            @QueryParam("healthBand") String healthBand,
            @Parameter(description = "true: only accounts on whose team I am",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("mine") String mine,
            @Parameter(description = "Part of the name, any case") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 100 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page") @QueryParam("cursor") String cursor) {
        AccountListFilter filter = new AccountListFilter(
                QueryParameters.enumValue("status", status, AccountStatus.class),
                segment, ownerId,
                QueryParameters.enumValue("healthBand", healthBand, HealthBand.class),
                QueryParameters.flag("mine", mine), q);
        return listing.list(filter, cursor, QueryParameters.pageLimit("limit", limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an account's dossier",
            description = "The full dossier, for its team, sales-director and kam-admin. Marketing reads the "
                    + "summary instead (403 here); to anyone else the account does not exist (404).")
    @APIResponse(responseCode = "200", description = "The dossier; `ETag` set",
            content = @Content(schema = @Schema(implementation = AccountDossier.class),
                    examples = @ExampleObject(name = "dossier", value = AccountExamples.DOSSIER)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public Response getAccount(@PathParam("id") UUID id) {
        AccountDossier dossier = reading.dossier(id);
        return Response.ok(dossier).tag(EntityVersions.tagOf(dossier.version())).build();
    }

    @GET
    @Path("{id}/summary")
    @Operation(summary = "Read an account's summary",
            description = "The non-personal summary (name, segment, status, health), for everyone who may see "
                    + "the account at all, including marketing.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(schema = @Schema(implementation = AccountSummary.class),
                    examples = @ExampleObject(name = "summary", value = AccountExamples.SUMMARY)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public AccountSummary getAccountSummary(@PathParam("id") UUID id) {
        return reading.summary(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rewrite an account's profile",
            description = "Replaces the editable profile (not status, not owner): a field left out is cleared. "
                    + "Owner and KAMs of the team, and kam-admin. Needs `If-Match`. Publishes "
                    + "`dev.kam.account.profile-changed.v1` naming the fields that changed; a write that changes "
                    + "nothing publishes nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "profile", value = AccountExamples.PROFILE)))
    @APIResponse(responseCode = "200", description = "The dossier after the change; `ETag` set",
            content = @Content(schema = @Schema(implementation = AccountDossier.class)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The caller may read but not change this dossier")
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    @APIResponse(responseCode = "409", description = "Another account has this legal identifier")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "A business rule says no (market state is for prospects only, "
            + "and a prospect needs one)")
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response updateAccountProfile(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AccountProfileRequest request) {
        AccountDossier dossier = changingProfile.change(id, ifMatch, request.toProfile());
        return Response.ok(dossier).tag(EntityVersions.tagOf(dossier.version())).build();
    }
}
