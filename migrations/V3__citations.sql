-- Citations of each revision: which passage of which source (as it was when cited), with W3C selectors.

create table citation (
    revision_id        bigint not null references revision (id),
    -- The note number: citations are numbered by first appearance, one note per distinct citation.
    ordinal            integer not null check (ordinal >= 1),
    source_id          bigint not null references source (id),
    source_text_sha256 text not null,
    passage_number     integer not null,
    quote              text,
    -- TextQuoteSelector and TextPositionSelector (code points of the source's stored text).
    exact              text not null,
    prefix             text not null,
    suffix             text not null,
    start_offset       integer not null check (start_offset >= 0),
    end_offset         integer not null,
    primary key (revision_id, ordinal),
    foreign key (source_id, passage_number) references passage (source_id, number),
    check (end_offset > start_offset)
);
create index citation_source on citation (source_id, passage_number);

create trigger citation_is_immutable before update or delete on citation
    for each row execute function refuse_revision_change();
