-- Accounts and sessions for editors, and the wiki itself: pages whose every edit is an immutable revision.

create table account (
    id            bigint generated always as identity primary key,
    name          text not null check (name ~ '^[[:alnum:]_.-]{1,64}$'),
    password_hash text not null,
    role          text not null check (role in ('editor', 'admin', 'system')),
    disabled      boolean not null default false,
    created_at    timestamptz not null default now()
);
create unique index account_name_key on account (lower(name));

-- Only a digest of each session token is stored, so a copy of the database opens no session.
create table session (
    token_sha256 text primary key,
    account_id   bigint not null references account (id),
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null
);
create index session_account on session (account_id);

-- Failed sign-ins per account name, to slow down password guessing.
create table login_throttle (
    name_key      text primary key,
    failures      integer not null,
    blocked_until timestamptz
);

create table page (
    id                  bigint generated always as identity primary key,
    slug                text not null unique,
    title               text not null,
    kind                text not null check (kind in ('actor', 'agreement', 'topic')),
    current_revision_id bigint,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index page_kind_title on page (kind, title);

-- Revision ids are global and never reused. unique (parent_id) keeps each page's history one chain:
-- two saves from the same parent cannot both be stored, whatever the timing.
create table revision (
    id            bigint generated always as identity primary key,
    page_id       bigint not null references page (id),
    parent_id     bigint unique references revision (id),
    author_id     bigint not null references account (id),
    created_at    timestamptz not null default now(),
    summary       text not null default '' check (length(summary) <= 500),
    title         text not null,
    kind          text not null check (kind in ('actor', 'agreement', 'topic')),
    fields        jsonb not null default '{}',
    body          text not null,
    size          integer not null,
    restored_from bigint references revision (id)
);
create index revision_page on revision (page_id, id desc);
create index revision_created on revision (created_at desc, id desc);

alter table page add constraint page_current_revision foreign key (current_revision_id) references revision (id);

create function refuse_revision_change() returns trigger language plpgsql as $$
begin
    raise exception 'revisions are immutable';
end $$;
create trigger revision_is_immutable before update or delete on revision
    for each row execute function refuse_revision_change();

-- Old slugs of moved pages, so that links and citations in reports keep working.
create table page_redirect (
    slug    text primary key,
    page_id bigint not null references page (id)
);

-- The wiki links of each page's current revision, for "what links here" and for red links.
create table page_link (
    from_page_id bigint not null references page (id),
    to_slug      text not null,
    primary key (from_page_id, to_slug)
);
create index page_link_target on page_link (to_slug);
