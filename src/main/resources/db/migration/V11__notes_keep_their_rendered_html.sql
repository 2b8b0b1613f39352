-- A note's Markdown is rendered to HTML once, when it is saved, instead of on every page
-- that shows it. rendered_with names the rendering (a fingerprint of the renderer's
-- output on a sample) that produced rendered_html: when the renderer changes, or for
-- notes inserted by SQL, it differs, the note is rendered when shown and the stored HTML
-- is brought up to date in the background.
alter table note add column rendered_html varchar(1000000);
alter table note add column rendered_with integer;
