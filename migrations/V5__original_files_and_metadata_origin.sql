-- Sources come from web pages, PDFs and office files too: keep each original file and its media type, say where
-- every metadata field was read, and when a fetched page was retrieved.

alter table source add column media_type text;
-- Field name ("title", "date" …) to where the value was read: "header", "og:title", "json-ld", "pdf",
-- "text passage 3", "fetched", "supplied", "guessed", or "editor" once a person corrects it.
alter table source add column metadata_origin jsonb not null default '{}'::jsonb
    check (jsonb_typeof(metadata_origin) = 'object');
-- When an imported page was fetched from its address (null for files).
alter table source add column retrieved_at timestamptz;

-- The file exactly as imported; original_sha256 on source is its digest. Kept apart so that lists of sources never
-- read it. Written once, never changed.
create table source_original (
    source_id bigint primary key references source (id),
    bytes     bytea not null
);

create function refuse_original_change() returns trigger language plpgsql as $$
begin
    raise exception 'the original file of a source is immutable';
end $$;

create trigger source_original_is_immutable before update on source_original
    for each row execute function refuse_original_change();

-- Sources imported so far were all plain text; the seeds state every field they have in their metadata header, and
-- that is the best that can be said of other rows without their file. Files were not kept: the seed files are
-- matched by digest and stored, with their exact origins, at the next start (OriginalFiles).
update source set media_type = 'text/plain',
    metadata_origin = jsonb_strip_nulls(jsonb_build_object(
        'title', case when title is not null then 'header' end,
        'publisher', case when publisher is not null then 'header' end,
        'author', case when author is not null then 'header' end,
        'date', case when published is not null then 'header' end,
        'language', case when language is not null then 'header' end,
        'url', case when url is not null then 'header' end));
