package dev.kam.account.service.dossier;

import dev.kam.account.repository.AccountRepository;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.persistence.PersistenceException;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/** A legal identifier names one client: a second account with it is a 409, checked before writing. */
final class UniqueLegalId {

    private static final String CONSTRAINT = "account_legal_id_key";

    private UniqueLegalId() {
    }

    /** Refuses a legal id that another account than {@code self} (null for a new one) already has. */
    static void requireUnused(AccountRepository accounts, String legalId, UUID self) {
        accounts.findByLegalId(legalId)
                .filter(other -> !other.id.equals(self))
                .ifPresent(other -> {
                    throw taken();
                });
    }

    /** Flushes the pending writes; a concurrent request that took the legal id meanwhile is a 409 too. */
    static void flush(AccountRepository accounts) {
        try {
            accounts.flush();
        } catch (PersistenceException e) {
            if (violatesUniqueness(e)) {
                throw taken();
            }
            throw e;
        }
    }

    private static boolean violatesUniqueness(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && CONSTRAINT.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException taken() {
        return ProblemException.conflict("An account with this legal identifier is already registered");
    }
}
