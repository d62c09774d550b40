package dev.kam.plumbing;

/**
 * Every PostgreSQL advisory lock the services take, listed in one place so that no two uses share a
 * key. PostgreSQL keeps single {@code bigint} keys and pairs of {@code int} keys apart; the pairs used
 * here are told apart by their first int (the space), the second names the thing locked.
 */
public final class AdvisoryLockSpaces {

    /**
     * The outbox relay's one lock, a single bigint ("kam_out"). Left in that form: during a rolling
     * update old and new pods must still exclude each other.
     */
    public static final long OUTBOX_RELAY = 0x6B616D5F6F7574L;

    /** Per-account locks of the account replica: (this, the account id's hash). */
    public static final int ACCOUNTS = 0x4b414d01; // "KAM" 01

    /** Scheduled jobs that run in one replica at a time: (this, the job name's hash). */
    public static final int SCHEDULED_JOBS = 0x4b414d02; // "KAM" 02

    /** incentive-service: one employee's draft pay statements, (this, the employee id's hash). */
    public static final int EMPLOYEE_DRAFTS = 0x4b414d03; // "KAM" 03

    private AdvisoryLockSpaces() {
    }
}
