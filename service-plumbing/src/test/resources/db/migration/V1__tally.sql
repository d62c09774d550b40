-- The effect of the test consumer: how often an event's key was applied.
create table tally (
    event_key   varchar(120) primary key,
    applied     integer not null
);
-- The change the outbox tests record events for.
create table note (
    id          uuid primary key,
    text        varchar(200) not null
);
