package dev.kam.plumbing.testapp;

import dev.kam.kernel.DomainRuleViolation;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
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

    /** What Hibernate throws when PostgreSQL refuses the connection (stopped, restarting). */
    @GET
    @Path("database-unreachable")
    public String databaseUnreachable() {
        throw new JDBCConnectionException("Unable to acquire JDBC Connection",
                new PSQLException("Connection to 127.0.0.1:15432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
    }

    /** The server going down under an open connection (SQLSTATE 57P01, admin shutdown). */
    @GET
    @Path("database-shutting-down")
    public String databaseShuttingDown() {
        throw new PersistenceException(new SQLException("terminating connection due to administrator command",
                "57P01"));
    }

    /** Agroal's pool gave up waiting for a connection (no SQLSTATE). */
    @GET
    @Path("pool-timeout")
    public String poolTimeout() {
        throw new PersistenceException(new SQLException("Sorry, acquisition timeout!"));
    }

    /** Any other database failure stays a 500: a syntax error (42601) is a bug, not an outage. */
    @GET
    @Path("database-bug")
    public String databaseBug() {
        throw new PersistenceException(new SQLException("syntax error at or near \"form\"", "42601"));
    }

    @GET
    @Path("race")
    public String lostRace() {
        throw new OptimisticLockException("stale row");
    }
}
