package org.sourcewiki.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.page.Titles;
import org.sourcewiki.source.SourcePages;

/**
 * Full-text search in PostgreSQL. Passages are matched in their source's language (French and English stemmed,
 * others word for word, all accent-insensitive) through one GIN index; pages by their weighted vector. Ranking
 * looks at the first CANDIDATES matches only, so a word found in most passages costs no more than a rare one;
 * snippets are made for the shown page of results alone.
 */
public final class SearchService {
    public static final int PAGE_SIZE = 20;
    static final int CANDIDATES = 1000;
    private static final int PAGE_HITS = 10;
    /** Other names added to a passage search, at most: each is one more phrase to match. */
    private static final int MAX_NAMES = 8;
    /**
     * The query in each language's configuration, and the passages it matches in their own language: each arm
     * uses that language's partial index. Followed by the caller's own conditions and order.
     */
    private static final String PASSAGES_MATCHING = """
            with q as (
              select websearch_to_tsquery('sw_french', :q) || websearch_to_tsquery('sw_french', :q2) as fr,
                     websearch_to_tsquery('sw_english', :q) || websearch_to_tsquery('sw_english', :q2) as en,
                     websearch_to_tsquery('sw_simple', :q) || websearch_to_tsquery('sw_simple', :q2) as si
            ), matching as (
              select p.source_id, p.number, p.kind, p.text, p.search_config, p.search,
                     case p.search_config when 'sw_french'::regconfig then q.fr
                                          when 'sw_english'::regconfig then q.en else q.si end as query
              from passage p, q
              where ((p.search_config = 'sw_french'::regconfig and p.search @@ q.fr)
                  or (p.search_config = 'sw_english'::regconfig and p.search @@ q.en)
                  or (p.search_config = 'sw_simple'::regconfig and p.search @@ q.si))
            """;

    private final Jdbi jdbi;

    public SearchService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public SearchResults search(SearchQuery query, boolean pages, boolean sources, boolean boilerplate, int offset) {
        if (query.isEmpty()) {
            return new SearchResults(query, null, List.of(), List.of(), false, 0, List.of(), null);
        }
        return jdbi.withHandle(handle -> {
            List<Map<String, Object>> named = namedPages(handle, query.text());
            SearchResults.PageHit exact = null;
            List<String> names = new ArrayList<>();
            for (Map<String, Object> page : named) {
                String title = (String) page.get("title");
                if (exact == null && nameKey(title).equals(nameKey(query.text()))) {
                    exact = new SearchResults.PageHit((String) page.get("slug"), title, (String) page.get("kind"), "");
                }
                addName(names, query.text(), title);
                for (String alias : ((String) page.get("aliases")).split(" ; ")) {
                    addName(names, query.text(), alias);
                }
            }
            List<String> used = names.size() > MAX_NAMES ? names.subList(0, MAX_NAMES) : names;
            int shownOffset = offset;
            List<SearchResults.PassageHit> found = sources ? passageHits(handle, query, used, boilerplate, offset) : List.of();
            Integer clampedFrom = null;
            if (offset > 0 && found.isEmpty()) {
                // Past the last result: show the last page of results, and say so, rather than "nothing matches".
                int total = sources ? countPassages(handle, query, used, boilerplate) : 0;
                shownOffset = total == 0 ? 0 : (total - 1) / PAGE_SIZE * PAGE_SIZE;
                found = sources && total > 0 ? passageHits(handle, query, used, boilerplate, shownOffset) : List.of();
            }
            List<SearchResults.PageHit> pageHits = pages && shownOffset == 0 ? pageHits(handle, query) : List.of();
            if (shownOffset != offset && (!found.isEmpty() || !pageHits.isEmpty())) {
                clampedFrom = offset;
            }
            boolean more = found.size() > PAGE_SIZE;
            List<SearchResults.PassageHit> passageHits = more ? found.subList(0, PAGE_SIZE) : found;
            return new SearchResults(query, exact, pageHits, passageHits, more, shownOffset, names, clampedFrom);
        });
    }

    /**
     * A name as compared with what was typed: case, accents, white space and dashes ignored, so "Burkina-Faso",
     * "Burkina Faso" and "burkina–faso" are one name (as sw_name_key in migration V9).
     */
    static String nameKey(String name) {
        return fold(name).replaceAll("[\\s\\p{Z}_" + SearchQuery.DASHES + "]+", "");
    }

    /** Another name to search for: not blank, not what was typed, not already there (case and accents ignored). */
    private static void addName(List<String> names, String typed, String name) {
        String key = fold(name);
        if (!key.isEmpty() && !key.equals(fold(typed)) && names.stream().noneMatch(n -> fold(n).equals(key))) {
            names.add(name.strip());
        }
    }

    private static String fold(String text) {
        return org.sourcewiki.source.BoilerplateRules.fold(text);
    }

    /** Pages whose title or an alias is what was typed, ignoring case and accents: whole names only. */
    private static List<Map<String, Object>> namedPages(Handle handle, String text) {
        return handle.createQuery("""
                select slug, title, kind, aliases from page
                where sw_name_key(title) = sw_name_key(:q) or sw_name_keys(aliases) @> array[sw_name_key(:q)]
                order by title limit 5
                """).bind("q", text).mapToMap().list();
    }

    private static List<SearchResults.PageHit> pageHits(Handle handle, SearchQuery query) {
        return handle.createQuery("""
                with q as (select websearch_to_tsquery('sw_french', :q) || websearch_to_tsquery('sw_french', :q2) as query),
                hits as (
                  select p.slug, p.title, p.kind, p.current_revision_id, ts_rank(p.search, q.query) as rank
                  from page p, q where p.search @@ q.query
                  order by rank desc, p.title limit :limit
                )
                select h.slug, h.title, h.kind,
                       ts_headline('sw_french', sw_display_text(coalesce(p.plain_text, sw_plain_text(r.body))), q.query,
                                   :options) as snippet
                from hits h join revision r on r.id = h.current_revision_id join page p on p.slug = h.slug, q
                order by h.rank desc, h.title
                """).bind("q", query.websearch(false)).bind("q2", query.websearch(true)).bind("options", Snippets.OPTIONS).bind("limit", PAGE_HITS)
                .map((rs, ctx) -> new SearchResults.PageHit(rs.getString("slug"), rs.getString("title"), rs.getString("kind"),
                        Snippets.html(rs.getString("snippet")))).list();
    }

    private static int countPassages(Handle handle, SearchQuery query, List<String> names, boolean boilerplate) {
        return handle.createQuery(PASSAGES_MATCHING + """
                    and (:boilerplate or p.kind = 'body')
                  limit :candidates
                )
                select count(*) from matching
                """).bind("q", query.withNames(names, false)).bind("q2", query.withNames(names, true))
                .bind("boilerplate", boilerplate).bind("candidates", CANDIDATES).mapTo(Integer.class).one();
    }

    private static List<SearchResults.PassageHit> passageHits(Handle handle, SearchQuery query, List<String> names,
                                                              boolean boilerplate, int offset) {
        return handle.createQuery(PASSAGES_MATCHING + """
                    and (:boilerplate or p.kind = 'body')
                  limit :candidates
                ), ranked as (
                  select c.*, ts_rank(c.search, c.query) as rank from matching c
                  order by rank desc, c.source_id, c.number
                  limit :limit offset :offset
                )
                select s.slug, s.title, s.language, r.number, r.kind, r.text,
                       ts_headline(r.search_config, sw_display_text(r.text), r.query, :options) as snippet
                from ranked r join source s on s.id = r.source_id
                order by r.rank desc, r.source_id, r.number
                """).bind("q", query.withNames(names, false)).bind("q2", query.withNames(names, true)).bind("boilerplate", boilerplate).bind("candidates", CANDIDATES)
                .bind("limit", PAGE_SIZE + 1).bind("offset", offset).bind("options", Snippets.OPTIONS)
                .map((rs, ctx) -> new SearchResults.PassageHit(rs.getString("slug"), rs.getString("title"), rs.getInt("number"),
                        rs.getString("kind"), Snippets.html(rs.getString("snippet")), rs.getString("text"),
                        rs.getString("language"))).list();
    }

    /**
     * Passages for the passage finder of the edit form (HTML and /api/passages): exactly the passage results of
     * /search for the same words (same query rewriting, same names added, same index and ranking, PAGE_SIZE a page),
     * pages left out; boilerplate passages too when asked, each saying its kind.
     */
    public SearchResults findPassages(SearchQuery query, boolean boilerplate, int offset) {
        return search(query, false, true, boilerplate, offset);
    }

    /**
     * A passage that names a page (its title or an alias), for the page's "mentioned in sources" list; language is its
     * source's (a BCP 47 tag, or null when not known), so the snippet is marked in its own language.
     */
    public record Mention(String sourceSlug, String sourceTitle, int number, String kind, String snippetHtml,
                          String language) {
        public String href() {
            return SourcePages.passageHref(sourceSlug, number);
        }

        public String citationKey() {
            return sourceSlug + "#p" + number;
        }
    }

    /** Passages naming any of these names as whole words, case and accents ignored; article text first. */
    public List<Mention> mentions(List<String> names) {
        List<String> usable = names.stream().map(n -> n.replace("\"", " ").strip()).filter(n -> !n.isEmpty()).toList();
        if (usable.isEmpty()) {
            return List.of();
        }
        SearchQuery first = SearchQuery.of(usable.get(0));
        List<String> others = usable.subList(1, usable.size());
        return jdbi.withHandle(handle -> handle.createQuery(PASSAGES_MATCHING + """
                  order by p.kind = 'body' desc, p.source_id, p.number
                  limit 100
                )
                select s.slug, s.title, s.language, f.number, f.kind,
                       ts_headline(f.search_config, sw_display_text(f.text), f.query, :options) as snippet
                from matching f join source s on s.id = f.source_id
                order by f.kind = 'body' desc, s.published desc nulls last, s.slug, f.number
                """).bind("q", first.withNames(others, false)).bind("q2", first.withNames(others, true)).bind("options", Snippets.OPTIONS)
                .map((rs, ctx) -> new Mention(rs.getString("slug"), rs.getString("title"), rs.getInt("number"),
                        rs.getString("kind"), Snippets.html(rs.getString("snippet")), rs.getString("language"))).list());
    }

    /** Titles for autocomplete: names containing the typed letters first, then similar ones; accents ignored. */
    public List<Map<String, Object>> suggestTitles(String typed) {
        String text = SearchQuery.of(typed).text();
        if (text.isEmpty() || text.length() > 100) {
            return List.of();
        }
        return jdbi.withHandle(handle -> handle.createQuery("""
                select slug, title, kind from page
                where strpos(sw_unaccent(lower(title || ' ' || aliases)), sw_unaccent(lower(:q))) > 0
                   or similarity(sw_unaccent(lower(title || ' ' || aliases)), sw_unaccent(lower(:q))) > 0.3
                order by strpos(sw_unaccent(lower(title)), sw_unaccent(lower(:q))) = 1 desc,
                         similarity(sw_unaccent(lower(title || ' ' || aliases)), sw_unaccent(lower(:q))) desc, title
                limit 10
                """).bind("q", text.toLowerCase(Locale.ROOT)).mapToMap().list());
    }
}
