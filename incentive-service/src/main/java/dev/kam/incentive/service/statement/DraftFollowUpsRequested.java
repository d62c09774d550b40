package dev.kam.incentive.service.statement;

/** Drafts were asked to follow up in the current transaction: once it commits, the catch-up may start. */
record DraftFollowUpsRequested() {
}
