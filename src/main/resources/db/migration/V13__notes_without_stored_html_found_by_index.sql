-- After each start, the notes whose stored HTML is missing or was made by another renderer
-- get it in the background (StoredRenderings). Finding them read every note of the
-- database on every start. note_rendering now keeps the renderer every note was last
-- brought up to: while it is the running one, only notes with no stored HTML are looked
-- for (notes inserted by SQL), through this index, and every note is read again only
-- when the renderer changed.
create index note_without_rendering on note (rendered_with, id);

create table note_rendering (
    id integer primary key,
    rendered_with integer
);

insert into note_rendering (id, rendered_with) values (1, null);
