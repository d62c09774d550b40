-- Issue 11 P4 (100,000 accounts, 60 months each): an import batch reads the currencies of each of its
-- 5,000 accounts' latest period starts. Rows of one account arrive month by month, so they sit on as
-- many heap pages as periods, and the primary key (account_id, period) is not in start order: the read
-- scanned the whole table (685 ms per batch). With the starts in index order, and the period and
-- currency in the index, it reads a few index entries per account (86 ms). The volume pages, newest
-- start first, use it too.
create index purchase_volume_latest on purchase_volume (account_id, period_start desc) include (period, currency);
