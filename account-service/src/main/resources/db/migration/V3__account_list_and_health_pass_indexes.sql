-- Issue 11 P4 (bench/scale/run.sh, 100,000 accounts): a filtered account list walked the name index
-- and dropped the rows of other statuses, owners, bands or segments one by one (EXPLAIN ANALYZE: 80 to
-- 900 ms for a page of 50). Each filter now has an index in the list's order (lower(name), id), so a
-- page reads about the rows it returns. They start with the columns of account_status and
-- account_owner, which they replace.
create index account_status_name on account (status, lower(name), id);
create index account_owner_name on account (owner_id, lower(name), id);
create index account_band_name on account (health_band, lower(name), id);
create index account_segment_name on account (lower(segment), lower(name), id);
drop index account_status;
drop index account_owner;

-- The health pass reads each account's recent team departures: without an index, a scan of the
-- whole table per account.
create index team_departure_account on team_departure (account_id, left_at);
