-- The audit entry's id comes from a sequence in blocks of 50 (docs/adr/0033). An identity column made
-- Hibernate insert every entry on its own at once, which also cut the other inserts of a change (the
-- purchase volume, the outbox event) into batches of one: a 5,000-row purchase import made ~15,000
-- round trips. Ids so taken follow the order of time only within one replica, so the trail is read
-- by time (at), the id breaking ties.
alter table dossier_audit alter column id drop identity;
create sequence dossier_audit_id_seq increment by 50 owned by dossier_audit.id;
-- Hibernate's pooled ids end at the value it draws: start a block past every id taken so far
select setval('dossier_audit_id_seq', coalesce((select max(id) from dossier_audit), 0) + 50);
create index dossier_audit_account_at on dossier_audit (account_id, at desc, id desc);
drop index dossier_audit_account;
