package org.sourcewiki.search;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** /search and the title suggestions for autocomplete. */
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
