-- An article imported again with a different text is a new version of the same source; citations of the older version are re-anchored to it, exactly and automatically, or through an editor's review.

-- Each version stays a source of its own (slug, stored text, passages, citations unchanged forever); first_version_id
-- links versions 2, 3 … to version 1, whose own first_version_id is null.
alter table source add column first_version_id bigint references source (id);
alter table source add column version integer not null default 1 check (version >= 1);
alter table source add constraint source_version_first check ((first_version_id is null) = (version = 1));
create unique index source_version_number on source (coalesce(first_version_id, id), version);

-- One re-anchoring of one citation (of a page's current revision) to a newer version of its source: what was found
-- (method, confidence, passage and words proposed) and what became of it. Exact anchors are applied at once by the
-- "reanchor" account (status applied); the others wait for an editor (pending) who confirms, corrects or leaves it.
-- A citation is changed only by a new revision of its page (applied_revision_id): old revisions never change.
create table citation_review (
    id                  bigint generated always as identity primary key,
    page_id             bigint not null references page (id),
    revision_id         bigint not null,
    ordinal             integer not null,
    from_source_id      bigint not null references source (id),
    to_source_id        bigint not null references source (id),
    method              text not null check (method in ('position', 'quote', 'fuzzy', 'none')),
    confidence          real not null check (confidence between 0 and 1),
    reason              text not null,
    proposed_passage    integer,
    proposed_quote      text,
    proposed_exact      text,
    status              text not null check (status in ('applied', 'pending', 'confirmed', 'corrected', 'left',
                                                         'superseded', 'gone')),
    created_at          timestamptz not null default now(),
    decided_by          bigint references account (id),
    decided_at          timestamptz,
    applied_revision_id bigint references revision (id),
    foreign key (revision_id, ordinal) references citation (revision_id, ordinal)
);
create index citation_review_status on citation_review (status, id desc);
create index citation_review_source on citation_review (to_source_id);
