package org.sourcewiki.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One address of every page type a reader or an editor sees, on a demo wiki: home, a wiki page of each kind, a
 * revision permalink, history, diff, edit, the source list, a source page, search, actors, sign-in and a 404. The
 * demo page "Assimi Goïta" is edited once here (by an editor named "tour") so that history and diff have two
 * revisions; the edit form is reached signed in (see {@link #signIn}).
 */
public final class PageTypes {
    public static final String EDITOR = "tour";
    public static final String PASSWORD = "a long tour passphrase";
    public static final String SOURCE = "2025-06-23-cooperation-militaire";
    public static final String ACTOR = "/wiki/Assimi_Go%C3%AFta";

    private PageTypes() {
    }

    /** Name to path; the server must hold the demo wiki. Makes the second revision it needs. */
    public static Map<String, String> of(TestServer server) {
        server.addUser(EDITOR, PASSWORD, "editor");
        WebSession session = new WebSession(server);
        session.login(EDITOR, PASSWORD);
        String json = server.get("/api/pages/Assimi_Go%C3%AFta").body();
        String first = field(json, "id");
        String body = field(json, "body");
        session.post(ACTOR + "/edit", WebSession.page("Assimi Goïta", "actor",
                body + "\n\nUne phrase ajoutée pour la visite des pages.", first,
                "subtype", "person", "affiliation", "Mali", "role", "Président de la Transition"));
        String second = field(server.get("/api/pages/Assimi_Go%C3%AFta").body(), "id");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("actor", ACTOR);
        pages.put("agreement", "/wiki/Accord_de_coop%C3%A9ration_militaire_et_technique_Mali%E2%80%93Russie");
        pages.put("topic", "/wiki/Consultations_AES%E2%80%93Russie_d%E2%80%99avril_2025");
        pages.put("permalink", ACTOR + "?rev=" + first);
        pages.put("history", ACTOR + "/history");
        pages.put("diff", ACTOR + "/diff?from=" + first + "&to=" + second);
        pages.put("edit", ACTOR + "/edit");
        pages.put("sources", "/sources");
        pages.put("source", "/sources/" + SOURCE);
        pages.put("search", "/search?q=Goita");
        pages.put("actors", "/actors");
        pages.put("pages", "/pages");
        pages.put("login", "/login");
        pages.put("not-found", "/wiki/Une_page_qui_n%E2%80%99existe_pas");
        return pages;
    }

    private static String field(String json, String name) {
        try {
            return new ObjectMapper().readTree(json).get(name).asText();
        } catch (Exception e) {
            throw new AssertionError("no " + name + " in " + json, e);
        }
    }
}
