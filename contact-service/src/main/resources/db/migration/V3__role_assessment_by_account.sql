-- Issue 11 P4 (bench/scale/run.sh, 1,000,000 stakeholders): every stakeholder page reads the current
-- roles of the account's people by account_id, which had no index: a sequential scan of every
-- assessment ever made (EXPLAIN ANALYZE: 252 ms over 400,000 rows, for 4 of them).
create index role_assessment_account on role_assessment (account_id, decision_id);
