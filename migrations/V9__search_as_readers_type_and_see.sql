-- Search that matches what readers type and see (issue 11): hyphen, dash, space and nothing alike (names); numbers with spaced thousands; tag-like text kept; page snippets from the text as shown.

-- Text as the PostgreSQL parser must read it: it takes "<…>" for tags and "&…;" for entities and drops them, so
-- "<", ">" and "&" become control characters it reads as blanks (page and source text never hold control
-- characters); snippets turn them back (Snippets.java).
create function sw_display_text(t text) returns text language sql immutable parallel safe strict
    as $$ select translate(t, '<>&', E'\x03\x04\x05') $$;

-- Dashes below are every dash of Unicode (general category Pd, Unicode 15), the minus sign and the hyphen bullet,
-- as SearchQuery.DASHES in Java.
-- The joined forms of hyphenated words ("AES-Russie", "AES–Russie" give "AESRussie") and of numbers written with
-- spaced thousands ("5 000", "12 500 000" give "5000", "12500000"), separated by spaces.
create function sw_joined_forms(t text) returns text language sql immutable parallel safe strict as $$
    select coalesce(string_agg(regexp_replace(m[1], E'[-\u058A\u05BE\u1400\u1806\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2E17\u2E1A\u2E3A\u2E3B\u2E40\u2E5D\u301C\u3030\u30A0\uFE31\uFE32\uFE58\uFE63\uFF0D\U00010EAD \u00A0\u202F\u2009]', '', 'g'), ' '), '')
    from regexp_matches(t, E'((?:[[:alnum:]]+(?:[-\u058A\u05BE\u1400\u1806\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2E17\u2E1A\u2E3A\u2E3B\u2E40\u2E5D\u301C\u3030\u30A0\uFE31\uFE32\uFE58\uFE63\uFF0D\U00010EAD][[:alnum:]]+)+)|(?:(?<![[:digit:]])[[:digit:]]{1,3}(?:[ \u00A0\u202F\u2009][[:digit:]]{3})+(?![[:digit:]])))', 'g') as m
$$;

-- Two capitalised words in a row joined ("Burkina Faso" gives "BurkinaFaso"): names are written with a space, a
-- hyphen or nothing, and a search for one form must find the others.
create function sw_joined_names(t text) returns text language sql immutable parallel safe strict as $$
    select coalesce(string_agg(previous || word, ' '), '')
    from (select word, lag(word) over (order by n) as previous
          from regexp_split_to_table(t, '[^[:alnum:]]+') with ordinality as w(word, n)) as pairs
    where previous ~ '^[[:upper:]]' and word ~ '^[[:upper:]]'
$$;

-- What is indexed: the text as read above, then its joined forms (after it, so phrases are not cut by them).
create function sw_index_text(t text) returns text language sql immutable parallel safe strict
    as $$ select public.sw_display_text(t) || E'\n' || public.sw_joined_forms(t) || E'\n' || public.sw_joined_names(t) $$;

-- A name compared with what was typed: case, accents, spaces and dashes ignored ("Burkina-Faso" is "Burkina Faso").
create function sw_name_key(t text) returns text language sql immutable parallel safe strict
    as $$ select lower(public.sw_unaccent(regexp_replace(t, E'[-\u058A\u05BE\u1400\u1806\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2E17\u2E1A\u2E3A\u2E3B\u2E40\u2E5D\u301C\u3030\u30A0\uFE31\uFE32\uFE58\uFE63\uFF0D\U00010EAD[:space:]\u00A0\u202F\u2009\u2007\u3000_]+', '', 'g'))) $$;
create function sw_name_keys(aliases text) returns text[] language sql immutable parallel safe strict
    as $$ select coalesce(array_agg(public.sw_name_key(a)), '{}') from unnest(string_to_array(aliases, ' ; ')) as a $$;
create index page_title_key on page (public.sw_name_key(title));
create index page_alias_keys on page using gin (public.sw_name_keys(aliases));

-- The body of a page as a reader sees it (written by the application at every save, from the parsed Markdown);
-- null until then for pages saved before this migration, which the application fills at its next start.
alter table page add column plain_text text;

update passage set search = to_tsvector(search_config, sw_index_text(text));
update page p set search = setweight(to_tsvector('sw_french', sw_index_text(p.title || ' ' || p.aliases)), 'A')
        || setweight(to_tsvector('sw_french', sw_index_text(sw_plain_text(r.body))), 'C')
    from revision r where r.id = p.current_revision_id;
