-- account-service: names of the client's people (docs/adr/0023).

-- From contact-service's stakeholder added and changed events, so that logged interactions show who
-- of the client took part. Only the name: nothing else about the person is kept here. Deleted when
-- contact-service announces the person's erasure; interactions then keep the bare id.
create table stakeholder_name (
    stakeholder_id  uuid primary key,
    account_id      uuid         not null,
    name            varchar(200) not null,
    named_at        timestamp with time zone not null
);
create index stakeholder_name_account on stakeholder_name (account_id);
