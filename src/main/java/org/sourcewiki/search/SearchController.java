package org.sourcewiki.search;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** /search, the passage finder of the edit form (/passages and /api/passages) and title suggestions. */
public final class SearchController {
    private final SearchService search;

    public SearchController(SearchService search) {
        this.search = search;
    }

    public void serveSearch(Context ctx) {
        SearchQuery query = SearchQuery.of(ctx.queryParam("q"));
        String scope = ctx.queryParam("in");
        boolean pages = !"sources".equals(scope);
        boolean sources = !"pages".equals(scope);
        boolean boilerplate = "1".equals(ctx.queryParam("boilerplate"));
        int offset = offset(ctx.queryParam("offset"));
        Map<String, Object> model = new HashMap<>();
        model.put("results", search.search(query, pages, sources, boilerplate, offset));
        model.put("scope", scope == null ? "all" : scope);
        model.put("boilerplate", boilerplate);
        model.put("pageSize", SearchService.PAGE_SIZE);
        ctx.render("search", model);
    }

    /**
     * The passage finder without JavaScript: the edit form's finder opens this in a new tab, so the text being
     * edited stays as typed. Each result shows its source, passage number, kind, whole text and citation key.
     */
    public void servePassageFinder(Context ctx) {
        SearchQuery query = SearchQuery.of(ctx.queryParam("q"));
        boolean boilerplate = "1".equals(ctx.queryParam("boilerplate"));
        Map<String, Object> model = new HashMap<>();
        model.put("results", search.findPassages(query, boilerplate, offset(ctx.queryParam("offset"))));
        model.put("boilerplate", boilerplate);
        model.put("pageSize", SearchService.PAGE_SIZE);
        ctx.render("passage_finder", model);
    }

    /**
     * JSON for the passage finder: {@code {"passages": [{source, source_title, number, kind, key, text}…]}} as before
     * (text cut to 240 characters), each now also with {@code boilerplate}, {@code passage_text} (the whole passage,
     * to quote from), {@code language}, {@code snippet} (HTML, matches in mark) and {@code href}; and at the top
     * {@code more}, {@code offset} and {@code also_searched} (other names of a page the words name). Boilerplate
     * passages are included unless {@code boilerplate=0}; otherwise the same results as /search.
     */
    public void servePassageSearchJson(Context ctx) {
        SearchQuery query = SearchQuery.of(ctx.queryParam("q"));
        boolean boilerplate = !"0".equals(ctx.queryParam("boilerplate"));
        SearchResults results = search.findPassages(query, boilerplate, offset(ctx.queryParam("offset")));
        List<Map<String, Object>> found = new ArrayList<>();
        for (SearchResults.PassageHit passage : results.passages()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("source", passage.sourceSlug());
            item.put("source_title", passage.sourceTitle());
            item.put("number", passage.number());
            item.put("kind", passage.kind());
            item.put("key", passage.key());
            String text = passage.text();
            item.put("text", text.codePointCount(0, text.length()) > 240
                    ? text.substring(0, text.offsetByCodePoints(0, 240)) + "…" : text);
            item.put("boilerplate", passage.boilerplate());
            item.put("passage_text", text);
            item.put("language", passage.language());
            item.put("snippet", passage.snippetHtml());
            item.put("href", passage.href());
            found.add(item);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("passages", found);
        json.put("more", results.morePassages());
        json.put("offset", results.offset());
        json.put("also_searched", results.expandedNames());
        ctx.json(json);
    }

    public void serveTitleSuggestionsJson(Context ctx) {
        ctx.json(Map.of("titles", search.suggestTitles(ctx.queryParam("q"))));
    }

    private static int offset(String value) {
        try {
            int offset = Integer.parseInt(value == null ? "0" : value);
            return Math.max(0, Math.min(offset, 100_000)) / SearchService.PAGE_SIZE * SearchService.PAGE_SIZE;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
