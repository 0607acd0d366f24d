-- Full-text search in PostgreSQL: each passage indexed in its source's language, accent-insensitive; pages by
-- title, aliases and body; trigram matching of titles for autocomplete.

-- Named schemas throughout: the search path of the migrating connection is not to be relied on.
create extension if not exists unaccent schema public;
create extension if not exists pg_trgm schema public;

-- unaccent() is only STABLE; an immutable wrapper with the dictionary named lets indexes use it.
create function sw_unaccent(text) returns text language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create text search configuration sw_french (copy = french);
alter text search configuration sw_french
    alter mapping for hword, hword_part, word with public.unaccent, french_stem;
create text search configuration sw_english (copy = english);
alter text search configuration sw_english
    alter mapping for hword, hword_part, word with public.unaccent, english_stem;
create text search configuration sw_simple (copy = simple);
alter text search configuration sw_simple
    alter mapping for hword, hword_part, word with public.unaccent, simple;

-- The configuration for a language code: French and English stem, anything else is matched word for word.
create function sw_search_config(language text) returns regconfig language sql immutable parallel safe
    as $$ select case when $1 like 'fr%' then 'sw_french'::regconfig
                      when $1 like 'en%' then 'sw_english'::regconfig
                      else 'sw_simple'::regconfig end $$;

alter table passage add column search_config regconfig;
alter table passage add column search tsvector;
update passage p set search_config = sw_search_config(s.language), search = to_tsvector(sw_search_config(s.language), p.text)
    from source s where s.id = p.source_id;
alter table passage alter column search_config set not null;
alter table passage alter column search set not null;
-- One index per language, so a search in one configuration never reads the other languages' rows.
create index passage_search_french on passage using gin (search) where search_config = 'sw_french'::regconfig;
create index passage_search_english on passage using gin (search) where search_config = 'sw_english'::regconfig;
create index passage_search_simple on passage using gin (search) where search_config = 'sw_simple'::regconfig;

-- A page body as words to search and quote: citation brackets dropped, wiki links reduced to what they show.
create function sw_plain_text(body text) returns text language sql immutable parallel safe strict
    as $$ select regexp_replace(regexp_replace(regexp_replace(body, '\[@[^\]]*\]', '', 'g'),
                 '\[\[[^\]|]*\|([^\]]*)\]\]', '\1', 'g'), '\[\[([^\]]*)\]\]', '\1', 'g') $$;

-- Pages: title and aliases weigh A, the other fields B, the body C. Written at every save.
alter table page add column aliases text not null default '';
alter table page add column search tsvector not null default ''::tsvector;
create index page_search on page using gin (search);
-- Exact names (title or any alias), accents and case ignored: what a search for a name expands from.
create index page_title_name on page (lower(public.sw_unaccent(title)));
create index page_alias_names on page using gin (string_to_array(lower(public.sw_unaccent(aliases)), ' ; '));
create index page_title_trigram on page using gin (public.sw_unaccent(lower(title || ' ' || aliases)) public.gin_trgm_ops);
