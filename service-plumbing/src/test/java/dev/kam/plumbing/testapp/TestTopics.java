package dev.kam.plumbing.testapp;

import dev.kam.events.EventType;
import dev.kam.events.account.AccountRegistered;

/** Test topics, so the tests never write to the suite's real topics. */
public final class TestTopics {

    public static final String OUTBOX = "kam.plumbing-test.outbox.v1";
    public static final String INBOX = "kam.plumbing-test.inbox.v1";
    public static final String INBOX_DEAD_LETTERS = "kam.plumbing-test.inbox.dlq";
    /** Where the test application's account replica reads account events from. */
    public static final String ACCOUNTS = "kam.plumbing-test.accounts.v1";

    /** A contract type (so its schema applies) sent to a test topic. */
    public static final EventType<AccountRegistered> REGISTERED_ON_TEST_TOPIC =
            new EventType<>(OUTBOX, "dev.kam.account.registered.v1", AccountRegistered.class);

    private TestTopics() {
    }
}
