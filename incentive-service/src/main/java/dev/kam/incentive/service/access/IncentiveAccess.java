package dev.kam.incentive.service.access;

import dev.kam.plumbing.problem.ProblemException;
import dev.kam.plumbing.security.CallerIdentity;
import dev.kam.plumbing.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * Pay is personal: a compensation-admin sees and manages everyone's; every other caller sees only
 * their own, and a colleague's is refused outright (403), not hidden.
 */
@RequestScoped
public class IncentiveAccess {

    private final SecurityIdentity identity;

    IncentiveAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    public CallerIdentity caller() {
        return CallerIdentity.of(identity);
    }

    public boolean isAdmin() {
        return caller().hasRole(Roles.COMPENSATION_ADMIN);
    }

    /** The caller's own records, or anyone's for a compensation-admin. */
    public void requireSelfOrAdmin(String employeeId) {
        if (!isAdmin() && !caller().userId().equals(employeeId)) {
            throw ProblemException.forbidden("Only the employee and compensation-admin may read this employee's pay");
        }
    }

    /** compensation-admin and kam-admin assess, train and plan people's development. */
    public boolean developsPeople() {
        return isAdmin() || caller().hasRole(Roles.KAM_ADMIN);
    }

    /** The caller's own competencies, training and career, or anyone's for those who develop people. */
    public void requireSelfOrDeveloper(String employeeId) {
        if (!developsPeople() && !caller().userId().equals(employeeId)) {
            throw ProblemException.forbidden(
                    "Only the employee, compensation-admin and kam-admin may read this employee's development");
        }
    }

    /** The caller's own workload, or anyone's for compensation-admin and kam-admin, who staff accounts. */
    public void requireSelfOrStaffing(String employeeId) {
        if (!developsPeople() && !caller().userId().equals(employeeId)) {
            throw ProblemException.forbidden(
                    "Only the employee, compensation-admin and kam-admin may read this employee's workload");
        }
    }
}
