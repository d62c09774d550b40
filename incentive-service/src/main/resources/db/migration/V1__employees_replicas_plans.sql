-- The people whose pay and workload this service keeps, keyed by their Keycloak user id.
create table employee (
    user_id           varchar(255) primary key,
    position          varchar(120) not null,
    professionalism   varchar(20) not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null
);

-- Accounts and their teams (kam.accounts.v1), who serves which account, are service-plumbing's
-- account replica, created by its location db/account-replica (docs/adr/0020).

-- Purchase volumes from kam.purchases.v1, one row per event; a later fact for the same account and
-- period replaces an earlier one when the ledger is read (dev.kam.incentive.domain.purchase).
create table purchase_fact (
    event_id          varchar(120) primary key,
    account_id        uuid not null,
    period            varchar(10) not null,
    amount            numeric(19, 2) not null,
    currency          char(3) not null,
    recorded_at       timestamp with time zone not null
);
create index purchase_fact_account on purchase_fact (account_id, period);

-- One employee's pay plan for one period; its versions below. version locks the whole plan (ETag).
create table pay_plan (
    id                uuid primary key,
    employee_id       varchar(255) not null references employee (user_id),
    period            varchar(10) not null,
    created_by        varchar(255) not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null,
    unique (employee_id, period)
);

create table pay_plan_version (
    id                uuid primary key,
    plan_id           uuid not null references pay_plan (id) on delete cascade,
    number            integer not null,
    status            varchar(12) not null,
    total_reward      numeric(19, 2) not null,
    base_salary       numeric(19, 2) not null,
    currency          char(3) not null,
    unique (plan_id, number)
);

create table pay_plan_kpi (
    version_id        uuid not null references pay_plan_version (id) on delete cascade,
    position          integer not null,
    code              varchar(40) not null,
    name              varchar(120) not null,
    measure           varchar(20) not null,
    weight            numeric(5, 1) not null,
    threshold         numeric(19, 4) not null,
    target            numeric(19, 4) not null,
    cap               numeric(19, 4) not null,
    payout_at_threshold numeric(5, 1) not null,
    payout_at_cap     numeric(6, 1) not null,
    primary key (version_id, position)
);

-- Who changed what, when, and how it looked before and after; rows are only ever inserted.
create table audit_entry (
    id                uuid primary key,
    subject_type      varchar(20) not null,
    subject_id        varchar(120) not null,
    action            varchar(40) not null,
    actor             varchar(255) not null,
    at                timestamp with time zone not null,
    before_state      text,
    after_state       text
);
create index audit_entry_subject on audit_entry (subject_type, subject_id, at);
