-- Sign-in throttling per client address and per account name at that address, with decay, counted atomically
-- before the password is checked (OWASP Authentication Cheat Sheet); sessions also end after inactivity.

-- Throttle rows are short-lived counters, not history: the old per-name table is replaced whole.
drop table login_throttle;

create table login_throttle (
    -- 'addr:{address}' or 'pair:{sha-256 of the lower-case name}|{address}'
    key           text primary key check (length(key) <= 200),
    attempts      integer not null check (attempts >= 0),
    last_attempt  timestamptz not null,
    blocked_until timestamptz
);

create index login_throttle_by_age on login_throttle (last_attempt);

alter table session add column last_seen_at timestamptz not null default now();
alter table session add column csrf_sha256 text;
