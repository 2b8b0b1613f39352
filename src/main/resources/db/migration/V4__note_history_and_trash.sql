-- A deleted note goes to the trash: it keeps its row and revisions, hidden from every
-- page, count and search until it is restored or purged.
alter table note add column deleted_at timestamp with time zone;
alter table note add column deleted_by varchar(100);

create index ix_note_deleted on note (deleted_at);

-- Figures are saved with the same optimistic locking as notes: a save from a stale form
-- is refused instead of overwriting what someone else saved.
alter table scale_metric add column version bigint default 0 not null;
