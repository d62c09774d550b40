package dev.kam.plumbing.testapp;

import dev.kam.kernel.DomainRuleViolation;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The ways a service's domain says no, each behind a path, for the tests of their problem answers. */
@Path("/test/refusals")
@Produces(MediaType.APPLICATION_JSON)
public class RefusalsResource {

    @GET
    @Path("rule")
    public String ruleBroken() {
        throw new DomainRuleViolation("loss-review-required", "A lost account needs a loss review first");
    }

    @GET
    @Path("rule-about-a-field")
    public String ruleAboutAField() {
        throw new DomainRuleViolation("owner-not-on-team", "The owner must be on the account's team", "ownerId");
    }

    @GET
    @Path("value")
    public String valueRefused() {
        throw new IllegalArgumentException("A period looks like 2026-Q1");
    }

    @GET
    @Path("race")
    public String lostRace() {
        throw new OptimisticLockException("stale row");
    }
}
