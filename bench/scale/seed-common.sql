-- The part of the P4 seed both services' scripts share (included by seed-account.sql and
-- seed-contact.sql with \ir): session settings and the accounts with their derived ids, owners,
-- statuses and cooling, so the two databases agree on every account without a join.
-- psql variables: accounts, kate.
set synchronous_commit = off;
-- analyze of the whole database would warn about every shared catalog the services' user may not read
set client_min_messages = error;
set maintenance_work_mem = '256MB';
set work_mem = '64MB';

create temporary table seed_account on commit preserve rows as
select k, id, h1, h3,
       case when h2 % 20 = 0 then :'kate' else md5('kam-bench-owner-' || (h2 / 20 % 40))::uuid::text end as owner_id,
       case when h1 % 100 < 10 then 'PROSPECT' when h1 % 100 < 18 then 'DORMANT' when h1 % 100 < 26 then 'LOST'
            when h1 % 100 < 40 then 'AT_RISK' else 'KEY' end as status,
       h3 % 7 = 3 as cooling,
       now() - make_interval(days => 2200 + (k % 700)) as registered_at
-- h1..h3: independent pseudo-random numbers per account, so that name, status, owner and cooling do
-- not go together (a planner estimates filters as independent; k % n for all would fool it). In id
-- order, so the purchase volumes' primary key grows at its right edge.
from (select k, md5('kam-bench-account-' || k)::uuid as id, abs(hashint4(k)) as h1, abs(hashint4(-k)) as h2,
             abs(hashint4(k + 1000000000)) as h3
      from generate_series(1, :accounts) as k) as g
order by id;
alter table seed_account add primary key (k);
analyze seed_account;
