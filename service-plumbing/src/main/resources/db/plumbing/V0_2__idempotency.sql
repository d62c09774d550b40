-- Idempotency keys: the first response to a create, kept so that a retry with the same
-- Idempotency-Key replays it instead of creating twice. Written in the transaction of the
-- creation, so the record exists if and only if the creation was committed.
create table idempotency_record (
    caller_id      varchar(255)  not null,
    idem_key       varchar(255)  not null,
    operation      varchar(300)  not null,
    request_hash   char(64)      not null,
    status         integer,
    content_type   varchar(100),
    body           text,
    location       varchar(1000),
    etag           varchar(100),
    created_at     timestamp with time zone not null,
    primary key (caller_id, idem_key, operation)
);
create index idempotency_record_created_at on idempotency_record (created_at);
