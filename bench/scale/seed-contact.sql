-- P4 seed of contact-service's schema (bench/scale/run.sh), the counterpart of seed-account.sql with
-- the same derived ids: the accounts' replica and teams (as kam.accounts.v1 would have built them),
-- :stakeholders people of the buying centres, their e-mail, the account-wide roles of the first four
-- of each account, the owner's relationships with the first two, and the coverage last published.
-- psql variables: accounts, stakeholders, kate, tom, sam.
\set ON_ERROR_STOP on
\timing on
\ir seed-common.sql

insert into account_replica (account_id, name, status, owner_id, team_changed_at, updated_at)
select id, 'Bench account ' || to_char(k, 'FM000000'), status, owner_id, registered_at, now() from seed_account;
insert into account_replica_member (account_id, user_id, team_role)
select id, owner_id, 'KAM' from seed_account
union all select id, :'tom', 'TEAM_MEMBER' from seed_account where k % 3 = 0 and owner_id <> :'tom'
union all select id, :'sam', 'SUPPORT' from seed_account where k % 7 = 0 and owner_id <> :'sam'
union all select id, md5('kam-bench-specialist-' || (k % 25))::uuid::text, 'SPECIALIST' from seed_account where k % 5 = 0;

-- Stakeholder j: account (j - 1) % accounts + 1, position (j - 1) / accounts + 1. The first of each
-- account is its primary contact and the one the others report to (inserted first for the reference);
-- one in twenty of the others has left.
-- Account by account in id order, so the stakeholder_account_page index grows at its right edge.
create temporary table seed_person on commit preserve rows as
select p.j, s.k, p.pos, md5('kam-bench-stakeholder-' || p.j)::uuid as id
from seed_account s
cross join lateral (select s.k + :accounts * q as j, q + 1 as pos
                    from generate_series(0, (:stakeholders - s.k) / :accounts) as q) as p
where s.k <= :stakeholders
order by s.id, p.pos;

insert into stakeholder (id, account_id, full_name, position, department, reports_to, status, left_on, left_to,
                         primary_contact, erased_at, created_by, created_at, updated_at, version)
select p.id, s.id,
       (array['Anna', 'Ben', 'Clara', 'David', 'Eva', 'Felix', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Karla', 'Lukas'])[1 + p.j % 12]
         || ' ' || (array['Schmidt', 'Novak', 'Rossi', 'Dubois', 'Larsen', 'Silva', 'Kowalski', 'Meyer', 'Jansen'])[1 + (p.j / 12) % 9]
         || ' ' || p.j,
       (array['Head of purchasing', 'CFO', 'Plant manager', 'Buyer', 'Engineer', 'Assistant', 'Quality lead',
              'Logistics lead', 'CEO', 'Controller'])[1 + (p.pos - 1) % 10],
       (array['Purchasing', 'Finance', 'Operations', 'Engineering', 'Management'])[1 + p.j % 5],
       case when p.pos > 1 then md5('kam-bench-stakeholder-' || p.k)::uuid end,
       case when p.pos > 1 and p.j % 20 = 0 then 'LEFT' else 'ACTIVE' end,
       case when p.pos > 1 and p.j % 20 = 0 then current_date - (p.j % 300)::int end,
       case when p.pos > 1 and p.j % 20 = 0 then 'A competitor' end,
       p.pos = 1, null, s.owner_id, s.registered_at + make_interval(days => p.pos * 30),
       s.registered_at + make_interval(days => p.pos * 30), 0
from seed_person p join seed_account s on s.k = p.k
-- the first of each account first: the others refer to it
order by p.pos = 1 desc, s.id, p.pos;

-- position_no is the list index of @OrderColumn: from 0
insert into stakeholder_channel (stakeholder_id, position_no, kind, channel_value)
select id, 0, 'EMAIL', 'person' || j || '@client' || k || '.example' from seed_person;

-- Roles of the first four people: leader, specifier, helper, butler (interest, involvement on 1..5,
-- HIGH from 3 as RoleClassifier's default).
insert into role_assessment (id, stakeholder_id, account_id, decision_id, interest, involvement, classified_role,
                             role, reason, override_reason, assessed_by, assessed_at)
select md5('kam-bench-role-' || p.j)::uuid, p.id, s.id, null, r.interest, r.involvement, r.role, r.role,
       'Seen in the last negotiation round', null, s.owner_id, now() - interval '60 days'
from seed_person p join seed_account s on s.k = p.k
join (values (1, 5, 5, 'LEADER'), (2, 4, 2, 'SPECIFIER'), (3, 2, 4, 'HELPER'), (4, 1, 1, 'BUTLER'))
     as r (pos, interest, involvement, role) on r.pos = p.pos
order by p.j;

insert into relationship (id, account_id, stakeholder_id, holder_id, type, quality, reason, last_contact_on,
                          created_at, updated_at, version)
select md5('kam-bench-relationship-' || p.j)::uuid, s.id, p.id, s.owner_id, 'BUSINESS',
       case when s.cooling then 'NEUTRAL' else 'GOOD' end, null, current_date - (p.j % 90)::int,
       s.registered_at, now() - interval '30 days', 0
from seed_person p join seed_account s on s.k = p.k
where p.pos <= 2 and not (s.cooling and p.pos = 1);

insert into coverage_snapshot (account_id, stakeholder_count, leader_covered, only_butler_reachable,
                               relationship_holders, assessed_at)
select id, greatest(1, :stakeholders / :accounts), not cooling and k % 9 <> 0, k % 50 = 0,
       case when cooling then 1 else 1 + k % 3 end, now() - interval '10 days'
from seed_account;

analyze;
