-- Transactional outbox: events are written here in the same transaction as the
-- change they describe; the relay publishes them to Kafka and marks them sent.
create table outbox_event (
    id             uuid primary key,
    sequence_no    bigint generated always as identity unique,
    topic          varchar(120) not null,
    event_key      varchar(120) not null,
    event_type     varchar(160) not null,
    subject        varchar(160),
    occurred_at    timestamp with time zone not null,
    payload        text not null,
    sent_at        timestamp with time zone,
    attempts       integer not null default 0,
    last_error     varchar(500)
);
create index outbox_event_unsent on outbox_event (sequence_no) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

-- Inbox: ids of the events a consumer has applied, written in the same
-- transaction as the effect, so a redelivered event changes nothing.
create table processed_event (
    consumer       varchar(120) not null,
    event_id       varchar(120) not null,
    processed_at   timestamp with time zone not null,
    primary key (consumer, event_id)
);
