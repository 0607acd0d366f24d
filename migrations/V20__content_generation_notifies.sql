-- App servers learn that the content generation moved from a notification instead of a query per request (issue 14): at commit, one notification on channel content_generation carrying the new value.
create function notify_content_generation() returns trigger language plpgsql as $$
begin
    -- Deferred to commit, so every change of one transaction reads the same final value, and PostgreSQL folds
    -- identical notifications of a transaction into one: a batch of 10,000 statements sends one.
    perform pg_notify('content_generation', (select value from content_generation where id)::text);
    return null;
end $$;

create constraint trigger content_generation_notifies after update on content_generation
    deferrable initially deferred for each row execute function notify_content_generation();
