-- Drafts a recorded purchase has moved, waiting to be recomputed (docs/adr/0032). The purchase
-- consumer asks here instead of recomputing in its own transaction, so a burst of purchases of one
-- team costs each affected draft one recomputation, not one per purchase. requested grows with every
-- request: the catch-up settles a row only if nobody asked again while it was recomputing.
create sequence draft_follow_up_request;

create table draft_follow_up (
    plan_id      uuid primary key references pay_plan (id) on delete cascade,
    requested    bigint not null,
    requested_at timestamp with time zone not null
);
create index draft_follow_up_order on draft_follow_up (requested);
