-- contact-service: the client's buying centre (docs/adr/0013, 0014).

-- The replica of account-service's accounts and teams (account_replica, account_replica_member) is
-- service-plumbing's, created by its location db/account-replica (docs/adr/0020).

-- People of the client's buying centre. An erased person keeps his row (references stay intact)
-- with a placeholder name and no other personal data.
create table stakeholder (
    id                uuid primary key,
    account_id        uuid not null,
    full_name         varchar(200) not null,
    position          varchar(200),
    department        varchar(200),
    reports_to        uuid references stakeholder (id),
    status            varchar(10) not null,
    left_on           date,
    left_to           varchar(300),
    primary_contact   boolean not null default false,
    erased_at         timestamp with time zone,
    created_by        varchar(255) not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null,
    constraint stakeholder_status check (status in ('ACTIVE', 'LEFT')),
    constraint stakeholder_left_has_day check ((status = 'LEFT') = (left_on is not null))
);
create index stakeholder_account_page on stakeholder (account_id, created_at, id);
-- One primary contact per account, also under concurrent requests.
create unique index stakeholder_one_primary on stakeholder (account_id) where primary_contact;

create table stakeholder_channel (
    stakeholder_id    uuid not null references stakeholder (id) on delete cascade,
    position_no       integer not null,
    kind              varchar(20) not null,
    channel_value     varchar(300) not null,
    primary key (stakeholder_id, position_no)
);

-- A named buying centre for one deal or tender: roles may differ there from the account-wide ones.
create table purchase_decision (
    id                uuid primary key,
    account_id        uuid not null,
    name              varchar(200) not null,
    created_by        varchar(255) not null,
    created_at        timestamp with time zone not null
);
create index purchase_decision_account_page on purchase_decision (account_id, created_at, id);

-- Every assessment ever made; the newest per (stakeholder, decision) is the current role.
create table role_assessment (
    id                uuid primary key,
    stakeholder_id    uuid not null references stakeholder (id),
    account_id        uuid not null,
    decision_id       uuid references purchase_decision (id),
    interest          smallint not null check (interest between 1 and 5),
    involvement       smallint not null check (involvement between 1 and 5),
    classified_role   varchar(10) not null,
    role              varchar(10) not null,
    reason            varchar(1000),
    override_reason   varchar(1000),
    assessed_by       varchar(255) not null,
    assessed_at       timestamp with time zone not null,
    sequence_no       bigint generated always as identity unique
);
create index role_assessment_history on role_assessment (stakeholder_id, decision_id, sequence_no);

-- Our people's relationships with client people: one per pair.
create table relationship (
    id                uuid primary key,
    account_id        uuid not null,
    stakeholder_id    uuid not null references stakeholder (id),
    holder_id         varchar(255) not null,
    type              varchar(20) not null,
    quality           varchar(10) not null,
    reason            varchar(1000),
    last_contact_on   date,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null,
    constraint relationship_one_per_pair unique (stakeholder_id, holder_id)
);
create index relationship_account on relationship (account_id);

-- Negotiation profiles (personal data): one answer per question, only for the account team.
create table personal_profile (
    stakeholder_id    uuid primary key references stakeholder (id),
    account_id        uuid not null,
    updated_by        varchar(255) not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null
);

create table profile_answer (
    stakeholder_id    uuid not null references personal_profile (stakeholder_id) on delete cascade,
    question          varchar(40) not null,
    answer            varchar(2000) not null,
    primary key (stakeholder_id, question)
);

-- Who read or changed which parts of a profile, and when: never the values.
create table profile_audit (
    id                uuid primary key,
    stakeholder_id    uuid not null,
    account_id        uuid not null,
    actor_id          varchar(255) not null,
    action            varchar(20) not null,
    fields            varchar(500) not null,
    occurred_at       timestamp with time zone not null,
    sequence_no       bigint generated always as identity unique
);
create index profile_audit_trail on profile_audit (stakeholder_id, sequence_no);

-- The coverage figures last published per account, so only a change is announced.
create table coverage_snapshot (
    account_id           uuid primary key,
    stakeholder_count    integer not null,
    leader_covered       boolean not null,
    only_butler_reachable boolean not null,
    relationship_holders integer not null,
    assessed_at          timestamp with time zone not null
);
