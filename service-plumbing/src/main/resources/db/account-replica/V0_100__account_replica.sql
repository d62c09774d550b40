-- The replica of account-service's accounts and teams, built from kam.accounts.v1 by
-- dev.kam.plumbing.replica and never written by a service's API. Only services that keep it list
-- this location (db/account-replica) in quarkus.flyway.locations. Its versions start at 0.100 so
-- that they never meet db/plumbing's (0.1, 0.2, ...).
create table account_replica (
    account_id        uuid primary key,
    name              varchar(200),
    status            varchar(20),
    owner_id          varchar(255),
    team_changed_at   timestamp with time zone,
    updated_at        timestamp with time zone not null
);

create table account_replica_member (
    account_id        uuid not null references account_replica (account_id) on delete cascade,
    user_id           varchar(255) not null,
    team_role         varchar(20) not null,
    primary key (account_id, user_id)
);
create index account_replica_member_user on account_replica_member (user_id);
