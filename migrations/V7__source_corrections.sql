-- Editors correct what the importer got wrong (a passage's kind, a source's metadata). The stored text and the
-- passage spans never change, so citations never break; every correction is kept, with who, when and why.

-- (source.metadata_origin, field name -> origin, comes from V5; corrections set a field's origin to "editor".)

create table source_edit (
    id          bigint generated always as identity primary key,
    source_id   bigint not null references source (id),
    account_id  bigint not null references account (id),
    created_at  timestamptz not null default now(),
    summary     text not null check (length(summary) between 1 and 500)
);

create index source_edit_by_source on source_edit (source_id, id desc);

-- One changed value of an edit: a metadata field (passage_number null), or a passage's kind ('kind').
create table source_edit_change (
    edit_id         bigint not null references source_edit (id),
    ordinal         integer not null,
    field           text not null check (field in ('title', 'title_supplied', 'publisher', 'author', 'published',
                                                   'language', 'url', 'kind')),
    passage_number  integer check ((field = 'kind') = (passage_number is not null)),
    old_value       text,
    new_value       text,
    primary key (edit_id, ordinal)
);

-- The history of corrections is kept forever, like revisions.
create function refuse_source_edit_change() returns trigger language plpgsql as $$
begin
    raise exception 'source corrections are kept as they were written';
end $$;

create trigger source_edit_is_immutable before update or delete on source_edit
    for each row execute function refuse_source_edit_change();
create trigger source_edit_change_is_immutable before update or delete on source_edit_change
    for each row execute function refuse_source_edit_change();
