-- Caches that cannot go stale (issue 14): one counter, bumped in the same transaction as any change to what a reader can see, so an app server keys cached responses on it and every server sees a change the moment it commits.
create table content_generation (
    id    boolean primary key default true check (id),
    value bigint not null
);
insert into content_generation (id, value) values (true, 1);

create function bump_content_generation() returns trigger language plpgsql as $$
begin
    update content_generation set value = value + 1 where id;
    return null;
end $$;

-- Every table that exists now, except those no reader sees (sign-in state) and the counter itself. A later migration
-- that adds a table shown to readers adds the same trigger to it.
do $$
declare
    t record;
begin
    for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = current_schema() and c.relkind in ('r', 'p')
               and c.relname not in ('content_generation', 'session', 'login_throttle', 'flyway_schema_history')
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       || 'for each statement execute function bump_content_generation()',
                       t.relname || '_bumps_generation', t.relname);
    end loop;
end $$;
