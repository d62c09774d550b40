-- An employee's pay statement for one period (docs/adr/0021): computed from the plan in force and the
-- purchase facts of the accounts the employee serves; recomputed while a DRAFT, fixed once APPROVED.
-- version locks the whole statement, lines, adjustments and disputes included (the ETag).
create table statement (
    id                uuid primary key,
    employee_id       varchar(255) not null references employee (user_id),
    period            varchar(10) not null,
    plan_id           uuid not null references pay_plan (id),
    plan_version      integer not null,
    status            varchar(12) not null,
    currency          char(3) not null,
    base_salary       numeric(19, 2) not null,
    -- the sum of the rounded lines, and base + variable + adjustments (what is paid): kept for lists
    variable_pay      numeric(19, 2) not null,
    total             numeric(19, 2) not null,
    approved_by       varchar(255),
    approved_at       timestamp with time zone,
    paid_by           varchar(255),
    paid_at           timestamp with time zone,
    computed_at       timestamp with time zone not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null,
    unique (employee_id, period)
);
create index statement_listing on statement (period desc, employee_id);
create index statement_status on statement (status, period desc, employee_id);

-- One line per KPI of the plan version, in the plan's order. The exact payout factor (a fraction)
-- and the actual value keep their scale (numeric without a typmod), so a recomputation from the same
-- facts is recognised as equal and changes nothing.
create table statement_line (
    statement_id        uuid not null references statement (id) on delete cascade,
    position            integer not null,
    kpi_code            varchar(40) not null,
    actual              numeric,
    derivation          text not null,
    factor_numerator    numeric not null,
    factor_denominator  numeric not null,
    payout              numeric(19, 2) not null,
    trace               text not null,
    primary key (statement_id, position)
);

-- Corrections after approval: numbered, reasoned, never edited.
create table statement_adjustment (
    statement_id      uuid not null references statement (id) on delete cascade,
    position          integer not null,
    number            integer not null,
    amount            numeric(19, 2) not null,
    reason            varchar(1000) not null,
    made_by           varchar(255) not null,
    made_at           timestamp with time zone not null,
    primary key (statement_id, position)
);

-- The employee's objections to lines, and how an admin resolved them.
create table statement_dispute (
    statement_id      uuid not null references statement (id) on delete cascade,
    position          integer not null,
    number            integer not null,
    line              varchar(40) not null,
    reason            varchar(1000) not null,
    raised_by         varchar(255) not null,
    raised_at         timestamp with time zone not null,
    outcome           varchar(10),
    explanation       varchar(1000),
    resolved_by       varchar(255),
    resolved_at       timestamp with time zone,
    primary key (statement_id, position)
);
