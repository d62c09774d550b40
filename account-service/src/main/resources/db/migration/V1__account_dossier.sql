-- account-service schema. Amounts are numeric(19,2) with an ISO 4217 currency beside them.

create table account (
    id                        uuid primary key,
    name                      varchar(200) not null,
    legal_id                  varchar(64)  not null unique,
    industry                  varchar(100),
    segment                   varchar(100),
    region                    varchar(100),
    travel_distance_km        integer,
    travel_time_minutes       integer,
    status                    varchar(20)  not null,
    market_state              varchar(32),
    competitor                varchar(200),
    annual_potential_amount   numeric(19, 2),
    annual_potential_currency char(3),
    purchasing_centralisation varchar(10),
    competition_level         varchar(10),
    delivery_fulfilment_rate  numeric(5, 2),
    internal_coordination     varchar(10),
    contact_cadence_days      integer      not null,
    comparison_rule           varchar(40)  not null,
    owner_id                  varchar(255) not null,
    registered_at             timestamp with time zone not null,
    updated_at                timestamp with time zone not null,
    last_contact_at           timestamp with time zone,
    health_score              integer,
    health_band               varchar(20),
    health_assessed_at        timestamp with time zone,
    version                   bigint       not null default 0
);
create index account_owner on account (owner_id);
create index account_status on account (status);
create index account_name_lower on account (lower(name));

create table account_team_member (
    account_id   uuid         not null references account (id),
    user_id      varchar(255) not null,
    team_role    varchar(20)  not null,
    zone         varchar(500) not null,
    joined_at    timestamp with time zone not null,
    primary key (account_id, user_id)
);
create index account_team_member_user on account_team_member (user_id);

-- Who left the team and when: a cooling signal (relationships may leave with them).
create table team_departure (
    id                  uuid primary key,
    account_id          uuid         not null references account (id),
    user_id             varchar(255) not null,
    left_at             timestamp with time zone not null,
    relationships_held  integer      not null default 0
);

-- Every change to a dossier: who, when, what.
create table dossier_audit (
    id          bigint generated always as identity primary key,
    account_id  uuid         not null references account (id),
    actor_id    varchar(255) not null,
    at          timestamp with time zone not null,
    action      varchar(60)  not null,
    changes     text         not null
);
create index dossier_audit_account on dossier_audit (account_id, id);

create table loss_review (
    id           uuid primary key,
    account_id   uuid         not null references account (id),
    causes       text         not null,
    lessons      text         not null,
    reviewed_by  varchar(255) not null,
    reviewed_at  timestamp with time zone not null
);
create index loss_review_account on loss_review (account_id);

-- Relationship history: meetings, calls, negotiations, emails, visits.
create table interaction (
    id                  uuid primary key,
    account_id          uuid          not null references account (id),
    kind                varchar(20)   not null,
    occurred_at         timestamp with time zone not null,
    our_participants    jsonb         not null,
    stakeholder_ids     jsonb         not null,
    summary             varchar(4000) not null,
    outcome             varchar(10)   not null,
    next_step           varchar(1000),
    follow_up_on        date,
    logged_by           varchar(255)  not null,
    logged_at           timestamp with time zone not null
);
create index interaction_account_time on interaction (account_id, occurred_at desc, id);

-- Tit-for-tat: concessions given and received in negotiations.
create table concession (
    id              uuid primary key,
    account_id      uuid          not null references account (id),
    interaction_id  uuid          references interaction (id),
    direction       varchar(10)   not null,
    description     varchar(1000) not null,
    value_amount    numeric(19, 2),
    value_currency  char(3),
    recorded_by     varchar(255)  not null,
    recorded_at     timestamp with time zone not null
);
create index concession_account on concession (account_id);

-- The client's problems and tasks.
create table client_problem (
    id                  uuid primary key,
    account_id          uuid          not null references account (id),
    title               varchar(200)  not null,
    description         varchar(4000),
    importance          varchar(10)   not null,
    we_can_solve        boolean       not null,
    competitor_better   boolean       not null,
    owner_id            varchar(255)  not null,
    status              varchar(15)   not null,
    opened_on           date          not null,
    resolved_on         date,
    updated_at          timestamp with time zone not null,
    version             bigint        not null default 0
);
create index client_problem_account on client_problem (account_id, status);

-- Retention and loyalty plan: objectives with actions.
create table plan_objective (
    id           uuid primary key,
    account_id   uuid          not null references account (id),
    title        varchar(200)  not null,
    description  varchar(2000),
    created_at   timestamp with time zone not null
);
create table plan_action (
    id             uuid primary key,
    objective_id   uuid          not null references plan_objective (id),
    account_id     uuid          not null references account (id),
    title          varchar(200)  not null,
    owner_id       varchar(255)  not null,
    due_on         date          not null,
    status         varchar(15)   not null,
    completed_on   date,
    version        bigint        not null default 0
);
create index plan_action_account on plan_action (account_id, status, due_on);

-- Purchase volumes: one row per account and period; a later record for the period replaces it.
create table purchase_volume (
    account_id    uuid           not null references account (id),
    period        varchar(7)     not null,
    period_type   varchar(10)    not null,
    period_start  date           not null,
    amount        numeric(19, 2) not null,
    currency      char(3)        not null,
    quantity      numeric(19, 3),
    source        varchar(20)    not null,
    recorded_by   varchar(255)   not null,
    recorded_at   timestamp with time zone not null,
    primary key (account_id, period)
);

-- Value (total cost of ownership) cases.
create table value_case (
    id                 uuid primary key,
    account_id         uuid          not null references account (id),
    title              varchar(200)  not null,
    alternative_name   varchar(200)  not null,
    alternative_kind   varchar(20)   not null,
    horizon_years      integer       not null,
    currency           char(3)       not null,
    created_by         varchar(255)  not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint        not null default 0
);
create table value_case_component (
    id                uuid primary key,
    value_case_id     uuid           not null references value_case (id) on delete cascade,
    position          integer        not null,
    category          varchar(20)    not null,
    description       varchar(500)   not null,
    our_cost          numeric(19, 2) not null,
    alternative_cost  numeric(19, 2) not null,
    recurrence        varchar(10)    not null,
    evidence_kind     varchar(15)    not null,
    source            varchar(500)   not null
);
create index value_case_account on value_case (account_id);

-- Health history, so a trend is visible.
create table health_snapshot (
    id           uuid primary key,
    account_id   uuid         not null references account (id),
    assessed_at  timestamp with time zone not null,
    score        integer      not null,
    band         varchar(20)  not null,
    causes       jsonb        not null,
    cooling      boolean      not null default false
);
create index health_snapshot_account on health_snapshot (account_id, assessed_at desc);

-- Replicas of contact-service facts (from kam.stakeholders.v1), for the coverage signals.
create table stakeholder_coverage (
    account_id            uuid primary key,
    stakeholder_count     integer not null,
    leader_covered        boolean not null,
    only_butler_reachable boolean not null,
    relationship_holders  integer not null,
    assessed_at           timestamp with time zone not null
);
create table stakeholder_departure (
    stakeholder_id  uuid primary key,
    account_id      uuid        not null,
    role            varchar(10) not null,
    left_on         date        not null
);
create index stakeholder_departure_account on stakeholder_departure (account_id);
