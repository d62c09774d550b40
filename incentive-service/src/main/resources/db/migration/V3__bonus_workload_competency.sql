-- Retention bonus programmes for the staff outside the key account team (docs/adr/0022): a group of
-- key accounts, a half-year or year, the comparison rule and scope, the eligible employees and the
-- amount each receives. version locks the programme (ETag).
create table bonus_program (
    id                uuid primary key,
    name              varchar(120) not null,
    period            varchar(10) not null,
    comparison_rule   varchar(30) not null,
    scope             varchar(20) not null,
    amount            numeric(19, 2) not null,
    currency          char(3) not null,
    created_by        varchar(255) not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null
);
create index bonus_program_created on bonus_program (created_at, id);

create table bonus_program_account (
    program_id        uuid not null references bonus_program (id) on delete cascade,
    account_id        uuid not null,
    primary key (program_id, account_id)
);

create table bonus_program_employee (
    program_id        uuid not null references bonus_program (id) on delete cascade,
    user_id           varchar(255) not null references employee (user_id),
    primary key (program_id, user_id)
);

-- The one evaluation of a programme at or after its period's close; the outcome (every account's
-- verdict, the totals compared, the explanation) is kept as the API showed it and never changes.
create table bonus_evaluation (
    program_id        uuid primary key references bonus_program (id),
    pays              boolean not null,
    outcome           text not null,
    evaluated_by      varchar(255) not null,
    evaluated_at      timestamp with time zone not null
);

-- What each eligible employee was awarded by a programme that paid out: once per programme and employee.
create table bonus_award (
    id                uuid primary key,
    program_id        uuid not null references bonus_program (id),
    employee_id       varchar(255) not null references employee (user_id),
    amount            numeric(19, 2) not null,
    currency          char(3) not null,
    awarded_at        timestamp with time zone not null,
    unique (program_id, employee_id)
);
create index bonus_award_employee on bonus_award (employee_id, awarded_at, id);

-- Competency assessments over all seven competencies (dated, by someone other than the person); the
-- latest one gives the professionalism level the workload norm counts with (docs/adr/0017, 0022).
create table competency_assessment (
    id                uuid primary key,
    employee_id       varchar(255) not null references employee (user_id),
    assessed_on       date not null,
    assessed_by       varchar(255) not null,
    recorded_by       varchar(255) not null,
    recorded_at       timestamp with time zone not null
);
create index competency_assessment_employee on competency_assessment (employee_id, assessed_on, recorded_at);

create table competency_score (
    assessment_id     uuid not null references competency_assessment (id) on delete cascade,
    competency        varchar(40) not null,
    score             integer not null check (score between 1 and 5),
    primary key (assessment_id, competency)
);

create table training_record (
    id                uuid primary key,
    employee_id       varchar(255) not null references employee (user_id),
    title             varchar(200) not null,
    competency        varchar(40),
    completed_on      date not null,
    recorded_by       varchar(255) not null,
    recorded_at       timestamp with time zone not null
);
create index training_record_employee on training_record (employee_id, completed_on);

-- One development plan per employee, replaced as a whole; version locks it (ETag).
create table development_plan (
    employee_id       varchar(255) primary key references employee (user_id),
    updated_by        varchar(255) not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null
);

create table development_plan_item (
    employee_id       varchar(255) not null references development_plan (employee_id) on delete cascade,
    position          integer not null,
    competency        varchar(40) not null,
    action            varchar(300) not null,
    due_on            date not null,
    done              boolean not null,
    primary key (employee_id, position)
);

create table career_step (
    id                uuid primary key,
    employee_id       varchar(255) not null references employee (user_id),
    position          varchar(120) not null,
    effective_on      date not null,
    note              varchar(500),
    recorded_by       varchar(255) not null,
    recorded_at       timestamp with time zone not null
);
create index career_step_employee on career_step (employee_id, effective_on);

-- Workload factors of one employee's assignment to one account that no system measures, set by a
-- compensation-admin or the account's KAM; a factor left null counts as ordinary. version is the ETag.
create table assignment_rating (
    account_id            uuid not null,
    employee_id           varchar(255) not null references employee (user_id),
    client_potential      integer check (client_potential between 1 and 5),
    distance_km           integer check (distance_km >= 0),
    centralisation        varchar(30),
    internal_coordination integer check (internal_coordination between 1 and 5),
    delivery_fulfilment   numeric(4, 1) check (delivery_fulfilment between 0 and 100),
    competition           integer check (competition between 1 and 5),
    support_staff         varchar(20),
    updated_by            varchar(255) not null,
    updated_at            timestamp with time zone not null,
    version               bigint not null,
    primary key (account_id, employee_id)
);

-- Our people's relationships with client people, from contact-service's relationship-changed events:
-- the number of client people an employee keeps relations with on an account is a workload factor.
-- Ids only; an erased stakeholder's rows are deleted.
create table client_relationship (
    account_id        uuid not null,
    stakeholder_id    uuid not null,
    holder_id         varchar(255) not null,
    active            boolean not null,
    changed_at        timestamp with time zone not null,
    primary key (account_id, stakeholder_id, holder_id)
);
create index client_relationship_holder on client_relationship (holder_id, account_id);

-- Client people who left their company (left-client events): their relationships no longer count.
create table departed_stakeholder (
    stakeholder_id    uuid primary key,
    account_id        uuid not null
);

-- Whether an employee was last seen overloaded: overload-detected is announced when the load crosses
-- the line, not on every recomputation while it stays above.
create table overload_state (
    employee_id       varchar(255) primary key references employee (user_id),
    overloaded        boolean not null,
    changed_at        timestamp with time zone not null
);
