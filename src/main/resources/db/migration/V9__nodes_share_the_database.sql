-- What several nodes on one database share: the queue of indexing events and the agents
-- that process it (Hibernate Search's outbox polling, used when
-- talknotes.search.coordination=outbox-polling), the record of which mapping the shared
-- search index was built for, and the HTTP sessions. The tables follow what Hibernate
-- Search 8.2 and Spring Session 4.0 map and query, in types that read the same on H2 and
-- PostgreSQL (enum columns are kept as their names; bytea is binary varying on H2, where
-- Hibernate expects the outbox's payloads as blobs: V10 changes them there).

create table hsearch_outbox_event (
    id uuid not null primary key,
    entity_name varchar(256) not null,
    entity_id varchar(256) not null,
    entity_id_hash integer not null,
    tenant_id varchar(255),
    payload bytea not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    status varchar(255) not null
);

create index ix_hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id uuid not null primary key,
    type varchar(255) not null,
    name varchar(255) not null,
    tenant_id varchar(255),
    expiration timestamp(6) with time zone not null,
    state varchar(255) not null,
    total_shard_count integer,
    assigned_shard_index integer,
    payload bytea
);

-- The shared search index (on OpenSearch or Elasticsearch): the fingerprint of the
-- mapping it was last built for, when and by which node. A node that finds it stale
-- rebuilds while holding this row locked, so that the others wait instead of building
-- the same index at once. A search index on a node's own disk keeps its marker beside it.
create table search_index_build (
    name varchar(64) not null primary key,
    fingerprint varchar(64),
    built_at timestamp(6) with time zone,
    built_by varchar(255)
);

insert into search_index_build (name) values ('shared');

create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval integer not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
