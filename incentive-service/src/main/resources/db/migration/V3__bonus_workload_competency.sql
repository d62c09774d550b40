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
