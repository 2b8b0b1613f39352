-- Conferences, talks, speakers, companies and projects made by hand or imported from a
-- schedule file; old slugs of renamed items keep working.

alter table conference add column acronym varchar(40);

alter table talk add column subtitle varchar(300);
alter table talk add column description varchar(20000);
alter table talk add column ends_at timestamp with time zone;
alter table talk add column track varchar(120);
alter table talk add column cancelled boolean default false not null;
-- The session's UID (iCalendar) or GUID (frab, pretalx) in the schedule it was imported from.
alter table talk add column import_uid varchar(255);

create unique index uk_talk_import_uid on talk (conference_id, import_uid);
create index ix_talk_starts on talk (conference_id, starts_at);

alter table speaker add column website_url varchar(500);

-- A slug an item had before it was renamed, and the slug it has now.
create table former_slug (
    kind varchar(20) not null,
    slug varchar(160) not null,
    current_slug varchar(160) not null,
    primary key (kind, slug)
);

create index ix_former_slug_current on former_slug (kind, current_slug);
