-- P4 seed of account-service's schema (bench/scale/run.sh): set-based INSERT ... SELECT over
-- generate_series into the tables the service's own Flyway migrations created in a scratch database.
-- psql variables: accounts, interactions, stakeholders, months, kate, tom, sam (Keycloak user ids).
--
-- Ids are derived from the row number (md5(...)::uuid), so the two services' seeds agree without a
-- join: account k is md5('kam-bench-account-k'), stakeholder j md5('kam-bench-stakeholder-j') and
-- belongs to account (j - 1) % accounts + 1; its position within the account is (j - 1) / accounts + 1.
--
-- Shape: statuses 10 % PROSPECT, 8 % DORMANT, 8 % LOST, 14 % AT_RISK, 60 % KEY; owners kate (5 %) and
-- 40 other key account managers; one account in seven cools: purchases down a third over the last
-- year, negative interactions, contact overdue, an open important problem and a cooling in its health
-- history.
\set ON_ERROR_STOP on
\timing on
\ir seed-common.sql

insert into account (id, name, legal_id, industry, segment, region, travel_distance_km, travel_time_minutes, status,
                     market_state, competitor, annual_potential_amount, annual_potential_currency,
                     purchasing_centralisation, competition_level, delivery_fulfilment_rate, internal_coordination,
                     contact_cadence_days, comparison_rule, owner_id, registered_at, updated_at, last_contact_at,
                     version)
select s.id,
       (array['Acme', 'Nordic', 'Blue River', 'Helios', 'Granite', 'Vertex', 'Orbital', 'Summit', 'Cedar',
              'Pioneer', 'Atlas', 'Zenith', 'Harbor', 'Keystone', 'Aurora', 'Delta', 'Meridian', 'Polar',
              'Quantum', 'Sterling'])[1 + (h1 / 100) % 20]
         || ' ' || (array['Industries', 'Logistics', 'Foods', 'Pharma', 'Energy', 'Retail', 'Systems',
                          'Chemicals', 'Motors', 'Textiles', 'Media'])[1 + (h3 / 7) % 11]
         || ' ' || to_char(k, 'FM000000'),
       'BENCH-' || to_char(k, 'FM0000000'),
       (array['Manufacturing', 'Retail', 'Healthcare', 'Energy', 'Logistics', 'Food'])[1 + k % 6],
       (array['Enterprise', 'Mid-market', 'Public sector', 'Strategic'])[1 + (k / 3) % 4],
       (array['North', 'South', 'East', 'West', 'Central', 'Export'])[1 + (k / 5) % 6],
       10 + k % 400, 15 + k % 300,
       s.status,
       case when s.status = 'PROSPECT' then
            case when k % 3 = 0 then 'CAPTURED_BY_COMPETITOR' else 'INDEPENDENT' end end,
       case when s.status = 'PROSPECT' and k % 3 = 0 then 'Rival ' || (k % 17) end,
       100000 + (k % 97) * 25000, case when k % 10 = 7 then 'USD' else 'EUR' end,
       (array['LOW', 'MEDIUM', 'HIGH'])[1 + k % 3], (array['LOW', 'MEDIUM', 'HIGH'])[1 + (k / 3) % 3],
       85 + (k % 15), (array['LOW', 'MEDIUM', 'HIGH'])[1 + (k / 9) % 3],
       (array[14, 30, 30, 60, 90])[1 + k % 5],
       case when k % 8 = 0 then 'PRECEDING_PERIOD' else 'SAME_PERIOD_PREVIOUS_YEAR' end,
       s.owner_id, s.registered_at, now() - make_interval(days => k % 30), null, 0
from seed_account s;

-- The owner forms the team as KAM (as registering does); team members, support and specialists join some.
insert into account_team_member (account_id, user_id, team_role, zone, joined_at)
select id, owner_id, 'KAM', 'Owns the relationship and the retention plan', registered_at from seed_account
union all
select id, :'tom', 'TEAM_MEMBER', 'Logistics and delivery questions', registered_at + interval '30 days'
from seed_account where k % 3 = 0 and owner_id <> :'tom'
union all
select id, :'sam', 'SUPPORT', 'Orders, invoices and claims', registered_at + interval '60 days'
from seed_account where k % 7 = 0 and owner_id <> :'sam'
union all
select id, md5('kam-bench-specialist-' || (k % 25))::uuid::text, 'SPECIALIST', 'Technical questions',
       registered_at + interval '90 days'
from seed_account where k % 5 = 0;

-- A lost account was reached with a loss review (docs: StatusTransitionPolicy).
insert into loss_review (id, account_id, causes, lessons, reviewed_by, reviewed_at)
select md5('kam-bench-loss-' || k)::uuid, id, '["PRICE"]', 'Escalate price gaps to the director before the renewal',
       owner_id, now() - make_interval(days => 30 + k % 300)
from seed_account where status = 'LOST';

-- Interactions: n-th belongs to account (n - 1) % accounts + 1, the q-th of that account going back in
-- time from about a week ago over two years; a cooling account's latest contact is months old and its
-- recent outcomes are negative. Generated account by account in id order, newest first: the
-- (account_id, occurred_at desc, id) index then grows at its right edge instead of at random places.
insert into interaction (id, account_id, kind, occurred_at, our_participants, stakeholder_ids, summary, outcome,
                         next_step, follow_up_on, logged_by, logged_at)
select md5('kam-bench-interaction-' || t.n)::uuid, s.id,
       (array['MEETING', 'CALL', 'NEGOTIATION', 'EMAIL', 'VISIT', 'CALL', 'EMAIL'])[1 + (t.n / 7) % 7],
       t.at,
       jsonb_build_array(s.owner_id),
       jsonb_build_array(md5('kam-bench-stakeholder-' || (s.k + :accounts * (t.q % greatest(1, :stakeholders / :accounts))))::uuid),
       'Discussed volumes, delivery dates and the next order round (bench seed)',
       case when s.cooling and t.q < 4 then 'NEGATIVE' when (t.n / 3) % 10 = 0 then 'NEGATIVE'
            when (t.n / 3) % 10 < 5 then 'POSITIVE' else 'NEUTRAL' end,
       case when t.q = 0 then 'Send the revised offer' end,
       case when t.q = 0 then (t.at + interval '14 days')::date end,
       s.owner_id, t.at + interval '2 hours'
from seed_account s
cross join lateral (select q, s.k + :accounts * q as n,
       now() - make_interval(days => 7 + (s.k % 5) + case when s.cooling then 120 else 0 end)
             - make_interval(hours => q * 24 * 700 / greatest(1, :interactions / :accounts)) as at
       from generate_series(0, (:interactions - s.k) / :accounts) as q) as t
where s.k <= :interactions;

-- The latest contact, as logging an interaction keeps it.
update account a set last_contact_at = (select max(i.occurred_at) from interaction i where i.account_id = a.id);

-- Monthly purchase volumes for the last :months complete months of every account but prospects;
-- seasonal, a slow growth, and a cooling account's last year a third lower.
insert into purchase_volume (account_id, period, period_type, period_start, amount, currency, quantity, source,
                             recorded_by, recorded_at)
select s.id, to_char(m.start, 'YYYY-MM'), 'MONTH', m.start::date,
       round(((5000 + (s.k * 7919) % 200000)
             * (1 + 0.15 * sin(2 * pi() * extract(month from m.start) / 12))
             * (1 + 0.004 * m.i)
             * case when s.cooling and m.i >= :months - 12 then 0.65 else 1 end)::numeric, 2),
       case when s.k % 10 = 7 then 'USD' else 'EUR' end,
       round((50 + (s.k * 7919) % 2000) * (1 + 0.004 * m.i), 3),
       case when m.i % 3 = 0 then 'API' else 'IMPORT' end, s.owner_id, m.start + interval '1 month 3 days'
from seed_account s
cross join lateral (select i, date_trunc('month', now()) - make_interval(months => :months - i) as start
                    from generate_series(0, :months - 1) as i) as m
where s.status <> 'PROSPECT';

-- Open problems on one account in four (important ones on cooling accounts), a retention plan on one in ten.
insert into client_problem (id, account_id, title, description, importance, we_can_solve, competitor_better, owner_id,
                            status, opened_on, resolved_on, updated_at, version)
select md5('kam-bench-problem-' || k)::uuid, id, 'Late deliveries in the northern plant', null,
       case when cooling then 'HIGH' else (array['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + k % 4] end,
       k % 3 <> 0, k % 5 = 0, owner_id,
       (array['OPEN', 'IN_PROGRESS', 'SOLVED', 'OPEN'])[1 + k % 4],
       current_date - (30 + k % 200), case when k % 4 = 2 then current_date - (k % 20) end, now(), 0
from seed_account where k % 4 = 0 or cooling;

insert into plan_objective (id, account_id, title, description, created_at)
select md5('kam-bench-objective-' || k)::uuid, id, 'Win back the logistics share', null, now() - interval '90 days'
from seed_account where k % 10 = 1;
insert into plan_action (id, objective_id, account_id, title, owner_id, due_on, status, completed_on, version)
select md5('kam-bench-action-' || k || '-' || a)::uuid, md5('kam-bench-objective-' || k)::uuid, id,
       'Workshop with the purchasing lead', owner_id, current_date + (a * 20 - 30),
       case when a = 1 then 'DONE' else 'PLANNED' end, case when a = 1 then current_date - 40 end, 0
from seed_account cross join generate_series(1, 2) as a where k % 10 = 1;

-- Replicas of contact-service's facts (kam.stakeholders.v1): names, coverage, departures.
-- Account by account in id order, so the account_id index grows at its right edge.
insert into stakeholder_name (stakeholder_id, account_id, name, named_at)
select md5('kam-bench-stakeholder-' || p.j)::uuid, s.id,
       (array['Anna', 'Ben', 'Clara', 'David', 'Eva', 'Felix', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Karla', 'Lukas'])[1 + p.j % 12]
         || ' ' || (array['Schmidt', 'Novak', 'Rossi', 'Dubois', 'Larsen', 'Silva', 'Kowalski', 'Meyer', 'Jansen'])[1 + (p.j / 12) % 9]
         || ' ' || p.j,
       now() - interval '400 days'
from seed_account s
cross join lateral (select s.k + :accounts * q as j from generate_series(0, (:stakeholders - s.k) / :accounts) as q) as p
where s.k <= :stakeholders;

insert into stakeholder_coverage (account_id, stakeholder_count, leader_covered, only_butler_reachable,
                                  relationship_holders, assessed_at)
select id, greatest(1, :stakeholders / :accounts), not cooling and k % 9 <> 0, k % 50 = 0,
       case when cooling then 1 else 1 + k % 3 end, now() - interval '10 days'
from seed_account;

insert into stakeholder_departure (stakeholder_id, account_id, role, left_on)
select md5('kam-bench-stakeholder-' || (k + :accounts))::uuid, id, 'SPECIFIER', current_date - (20 + k % 60)
from seed_account where cooling and k % 2 = 1 and :stakeholders >= 2 * :accounts;

insert into team_departure (id, account_id, user_id, left_at, relationships_held)
select md5('kam-bench-departure-' || k)::uuid, id, md5('kam-bench-leaver-' || (k % 30))::uuid::text,
       now() - make_interval(days => 15 + k % 60), 1 + k % 3
from seed_account where k % 21 = 10;

-- Health history: every account not lost was assessed 40 days ago; a cooling account cooled 10 days
-- ago (score down 26, purchase decline and overdue contact), as the scheduled pass would have kept it.
insert into health_snapshot (id, account_id, assessed_at, score, band, causes, cooling)
select md5('kam-bench-health-a-' || k)::uuid, id, now() - interval '40 days',
       case when k % 9 = 0 then 74 else 88 end, case when k % 9 = 0 then 'WATCH' else 'HEALTHY' end,
       case when k % 9 = 0 then
         '[{"code":"NO_LEADER_RELATIONSHIP","penalty":12,"explanation":"No one on the team has a relationship with a leader of the buying centre"}]'::jsonb
       else '[{"code":"OVERDUE_PLAN_ACTIONS","penalty":2,"explanation":"1 retention plan action is overdue"}]'::jsonb end,
       false
from seed_account where status <> 'LOST';
insert into health_snapshot (id, account_id, assessed_at, score, band, causes, cooling)
select md5('kam-bench-health-b-' || k)::uuid, id, now() - make_interval(days => 10, mins => k % 1440), 62, 'WATCH',
       '[{"code":"PURCHASE_DECLINE","penalty":18,"explanation":"Purchases fell 35 % against the same month last year"},{"code":"OVERDUE_CONTACT","penalty":8,"explanation":"The last contact is past the agreed cadence"}]'::jsonb,
       true
from seed_account where status <> 'LOST' and cooling;
update account a set health_score = h.score, health_band = h.band, health_assessed_at = h.assessed_at
from (select distinct on (account_id) account_id, score, band, assessed_at from health_snapshot
      order by account_id, assessed_at desc) as h
where h.account_id = a.id;

analyze;
