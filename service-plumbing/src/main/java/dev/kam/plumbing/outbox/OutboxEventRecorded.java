package dev.kam.plumbing.outbox;

/** Fired when an event is written to the outbox; after the commit, it wakes the relay. */
record OutboxEventRecorded(String topic) {
}
