-- contact-service: when each client person was last informed and last met (docs/adr/0023).

-- Kept from account-service's interaction-logged events: any logged interaction a person took part in
-- informs him; meetings, negotiations and visits also meet him. Ids, times and kinds only - the
-- interaction's summary stays in account-service. Erasing the person deletes his row.
create table contact_history (
    stakeholder_id             uuid primary key references stakeholder (id),
    account_id                 uuid not null,
    last_informed_at           timestamp with time zone not null,
    last_informed_interaction  uuid not null,
    last_informed_kind         varchar(20),
    last_met_at                timestamp with time zone,
    last_met_interaction       uuid,
    last_met_kind              varchar(20),
    updated_at                 timestamp with time zone not null,
    constraint contact_history_met_whole check ((last_met_at is null) = (last_met_interaction is null))
);
create index contact_history_account on contact_history (account_id);
