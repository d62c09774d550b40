package dev.kam.account.service.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time of the relationship work: instants as the database keeps them (microseconds) and the
 * calendar days people think in ("due on the 14th"), in the company's zone. The zone is the one
 * health assessment counts days in, so "overdue" means the same everywhere in the service.
 */
@ApplicationScoped
public class CompanyCalendar {

    private final Clock clock;
    private final ZoneId zone;

    CompanyCalendar(Clock clock, @ConfigProperty(name = "kam.health.zone", defaultValue = "UTC") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** Now, at the precision PostgreSQL stores, so a value read back equals the one written. */
    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
