-- Sources are imported articles, immutable once written; passages are their numbered, citable blocks.

create table source (
    id                bigint generated always as identity primary key,
    slug              text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title             text not null check (length(title) between 1 and 500),
    title_supplied    boolean not null default false,
    publisher         text,
    author            text,
    published         text check (published ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    language          text not null,
    url               text,
    original_sha256   text not null check (original_sha256 ~ '^[0-9a-f]{64}$'),
    text_sha256       text not null unique check (text_sha256 ~ '^[0-9a-f]{64}$'),
    original_encoding text not null,
    file_name         text,
    stored_text       text not null,
    imported_at       timestamptz not null default now()
);

create table passage (
    source_id    bigint not null references source (id),
    number       integer not null check (number >= 1),
    form         text not null check (form in ('heading', 'paragraph', 'item')),
    kind         text not null check (kind in ('body', 'boilerplate')),
    -- Which rule decided the kind ('editor' once a person corrects it), so a reader can see why.
    kind_reason  text not null,
    start_offset integer not null check (start_offset >= 0),
    end_offset   integer not null,
    text         text not null,
    primary key (source_id, number),
    check (end_offset > start_offset)
);

-- A source's text and its passages' spans are what citations point at: they never change.
create function refuse_source_text_change() returns trigger language plpgsql as $$
begin
    if new.stored_text is distinct from old.stored_text or new.text_sha256 is distinct from old.text_sha256
       or new.original_sha256 is distinct from old.original_sha256 then
        raise exception 'the stored text of source % is immutable', old.slug;
    end if;
    return new;
end $$;

create trigger source_text_is_immutable before update on source
    for each row execute function refuse_source_text_change();

create function refuse_passage_span_change() returns trigger language plpgsql as $$
begin
    if new.start_offset <> old.start_offset or new.end_offset <> old.end_offset or new.text <> old.text
       or new.number <> old.number or new.source_id <> old.source_id then
        raise exception 'passage spans are immutable';
    end if;
    return new;
end $$;

create trigger passage_span_is_immutable before update on passage
    for each row execute function refuse_passage_span_change();

-- One-off facts about this wiki, such as whether the seeds were imported.
create table wiki_state (
    key        text primary key,
    value      text not null,
    updated_at timestamptz not null default now()
);
