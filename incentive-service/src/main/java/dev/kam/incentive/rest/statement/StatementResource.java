package dev.kam.incentive.rest.statement;

import dev.kam.incentive.domain.statement.StatementStatus;
import dev.kam.incentive.rest.ApiExamples;
import dev.kam.incentive.rest.IncentiveResponses;
import dev.kam.incentive.rest.PageSchemas;
import dev.kam.incentive.rest.StatementExamples;
import dev.kam.incentive.service.audit.AuditEntryView;
import dev.kam.incentive.service.statement.AdjustingStatement;
import dev.kam.incentive.service.statement.ApprovingStatement;
import dev.kam.incentive.service.statement.MarkingStatementPaid;
import dev.kam.incentive.service.statement.RaisingDispute;
import dev.kam.incentive.service.statement.ReadingStatements;
import dev.kam.incentive.service.statement.ResolvingDispute;
import dev.kam.incentive.service.statement.StatementListFilter;
import dev.kam.incentive.service.statement.StatementSummaryView;
import dev.kam.incentive.service.statement.StatementView;
import dev.kam.kernel.period.Period;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.http.PlanPeriod;
import dev.kam.plumbing.idempotency.Idempotency;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.paging.PageLimit;
import dev.kam.plumbing.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pay statements: opened when a plan is put in force, recomputed from purchase facts while drafts,
 * approved and marked paid by compensation-admin, corrected afterwards only by adjustments, disputed
 * line by line by their employee. Every act needs the ETag read.
 */
@Path("/api/incentives/statements")
@Authenticated
@Tag(name = "Statements", description = "Pay statements with KPI traces, approval, payment, adjustments and disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatementResource {

    private static final String STATEMENT_RULES = "A statement rule is broken (`statement-status`, "
            + "`statement-open-dispute`, `statement-not-own-decision`, `statement-negative-total`, ...)";

    private final ReadingStatements reading;
    private final ApprovingStatement approving;
    private final MarkingStatementPaid markingPaid;
    private final AdjustingStatement adjusting;
    private final RaisingDispute raising;
    private final ResolvingDispute resolving;
    private final Idempotency idempotency;

    StatementResource(ReadingStatements reading, ApprovingStatement approving, MarkingStatementPaid markingPaid,
            AdjustingStatement adjusting, RaisingDispute raising, ResolvingDispute resolving, Idempotency idempotency) {
        this.reading = reading;
        this.approving = approving;
        this.markingPaid = markingPaid;
        this.adjusting = adjusting;
        this.raising = raising;
        this.resolving = resolving;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List statements",
            description = "Newest period first, then by employee, a page at a time. compensation-admin sees "
                    + "everyone's and filters by employee, period and status; anyone else lists only their own "
                    + "(another `employeeId`: 403).")
    @APIResponse(responseCode = "200", description = "One page of statements",
            content = @Content(schema = @Schema(implementation = PageSchemas.StatementSummaryPage.class),
                    examples = @ExampleObject(name = "page", value = StatementExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is malformed")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A colleague's statements")
    public Page<StatementSummaryView> listStatements(
            @Parameter(description = "Keycloak user id; the caller's own unless compensation-admin")
            @QueryParam("employeeId") String employeeId,
            @Parameter(description = "2026, 2026-H1 or 2026-Q3", example = "2026-Q3",
                    schema = @Schema(type = SchemaType.STRING, pattern = Period.PLAN_PATTERN))
            @PlanPeriod @QueryParam("period") Period period,
            @QueryParam("status") StatementStatus status,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit,
            @Parameter(description = "`nextCursor` of the previous page") @QueryParam("cursor") String cursor) {
        return reading.list(new StatementListFilter(blankToNull(employeeId), period, status), cursor,
                PageLimit.of(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a statement",
            description = "Base, one line per KPI with the actual, its inputs, the curve segment, the payout and "
                    + "the rounding, adjustments, disputes and the total. The employee or compensation-admin.")
    @APIResponse(responseCode = "200", description = "The statement; `ETag` set",
            content = @Content(schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "statement", value = StatementExamples.STATEMENT)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A colleague's statement")
    @APIResponse(responseCode = "404", description = "No such statement")
    public Response readStatement(@PathParam("id") UUID id) {
        return withTag(reading.byId(id));
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.WILDCARD) // no body: the act is in the path
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Approve a draft statement",
            description = "Fixes its figures: later purchases no longer change it. A purchase already recorded "
                    + "but not yet in the draft is taken in first, and the draft's version then moves (412: "
                    + "read it again). Not your own, not with a dispute open. Publishes "
                    + "`dev.kam.incentive.statement-approved.v1` (without amounts). compensation-admin only; audited.")
    @APIResponse(responseCode = "200", description = "Approved; `ETag` set",
            content = @Content(schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "statement", value = StatementExamples.STATEMENT)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such statement")
    @APIResponse(responseCode = "412", description = "Changed since you read it (e.g. recomputed, or a waiting "
            + "purchase taken in just now)")
    @APIResponse(responseCode = "422", description = STATEMENT_RULES)
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response approveStatement(@PathParam("id") UUID id,
            @Parameter(description = ApiExamples.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(approving.approve(id, ifMatch));
    }

    @POST
    @Path("/{id}/payment")
    @Consumes(MediaType.WILDCARD) // no body: the act is in the path
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Mark an approved statement paid",
            description = "Publishes `dev.kam.incentive.statement-paid.v1` (without amounts). Adjustments remain "
                    + "possible. compensation-admin only; audited.")
    @APIResponse(responseCode = "200", description = "Marked paid; `ETag` set",
            content = @Content(schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "statement", value = StatementExamples.STATEMENT)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such statement")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = STATEMENT_RULES)
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response markStatementPaid(@PathParam("id") UUID id,
            @Parameter(description = ApiExamples.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(markingPaid.markPaid(id, ifMatch));
    }

    @POST
    @Path("/{id}/adjustments")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Adjust an approved or paid statement",
            description = "A numbered entry with its amount and reason; the computed figures stay as approved and "
                    + "the total becomes computed total plus adjustments (never below zero). A draft is not "
                    + "adjusted: it follows the facts. `Idempotency-Key` makes a retry safe. Publishes "
                    + "`dev.kam.incentive.statement-adjusted.v1` (without the amount). compensation-admin only.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "late-order",
            value = StatementExamples.ADJUSTMENT_REQUEST)))
    @APIResponse(responseCode = "200", description = "Adjusted; `ETag` set",
            content = @Content(schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "statement", value = StatementExamples.STATEMENT)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such statement")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = STATEMENT_RULES + "; or the key was used for another request")
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response adjustStatement(@PathParam("id") UUID id,
            @Parameter(description = ApiExamples.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Any unique string (e.g. a UUID); a retry with the same key gets the first "
                    + "answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AdjustmentRequest request) {
        return idempotency.respond(idempotencyKey, "POST /api/incentives/statements/" + id + "/adjustments", request,
                () -> withTag(adjusting.adjust(id, ifMatch, request.toMoney(), request.reason())));
    }

    @POST
    @Path("/{id}/disputes")
    @Operation(summary = "Dispute a line of your statement",
            description = "The employee names a KPI line (or `base`) and says what is wrong; one open dispute per "
                    + "line, and an open dispute blocks approval. Only on your own statement.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "missing-order",
            value = StatementExamples.DISPUTE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Raised; `ETag` set",
            content = @Content(schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "statement", value = StatementExamples.STATEMENT)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A colleague's statement")
    @APIResponse(responseCode = "404", description = "No such statement")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "No such line, one already open on it, or not your statement")
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response raiseDispute(@PathParam("id") UUID id,
            @Parameter(description = ApiExamples.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DisputeRequest request) {
        return withTag(raising.raise(id, ifMatch, request.line(), request.reason()));
    }

    @POST
    @Path("/{id}/disputes/{number}/resolution")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Resolve a dispute",
            description = "REJECTED or UPHELD, with an explanation. On an approved or paid statement an upheld "
                    + "dispute changes what is owed: send the `adjustment` that settles it (it becomes an "
                    + "adjustment naming the dispute). Not on your own statement. compensation-admin only.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "upheld",
            value = StatementExamples.RESOLUTION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Resolved; `ETag` set",
            content = @Content(schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "statement", value = StatementExamples.STATEMENT)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such statement")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "No such open dispute, an upheld dispute on an approved "
            + "statement without its adjustment (`statement-dispute-settlement`), or your own statement")
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response resolveDispute(@PathParam("id") UUID id, @PathParam("number") int number,
            @Parameter(description = ApiExamples.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ResolutionRequest request) {
        return withTag(resolving.resolve(id, ifMatch, number, request.outcome(), request.explanation(),
                request.settlement()));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Read a statement's audit trail",
            description = "Every change - opened, recomputed, approved, paid, adjusted, disputes raised and "
                    + "resolved: who, when, the statement before and after. compensation-admin only.")
    @APIResponse(responseCode = "200", description = "The trail, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "trail", value = StatementExamples.AUDIT)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such statement")
    public List<AuditEntryView> readStatementAudit(@PathParam("id") UUID id) {
        return reading.auditOf(id);
    }

    private static Response withTag(StatementView statement) {
        return Response.ok(statement).tag(EntityVersions.tagOf(statement.version())).build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
