-- One number that every transaction changing the application's data raises before it
-- commits: a page made at one version is still right while the number has not moved,
-- which is what lets pages answer conditional requests without being made again. It is
-- a row of the database, so that every node sharing the database sees the same number.
create table data_version (
    id integer primary key,
    version bigint not null
);

insert into data_version (id, version) values (1, 1);
