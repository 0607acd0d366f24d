package org.sourcewiki.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewiki.source.ImportOutcome;
import org.sourcewiki.source.Importers;
import org.sourcewiki.source.SourceImporter;
import org.sourcewiki.support.TestServer;

/**
 * A seed article imported again with an edited text: it is version 2, every old citation keeps its text, the
 * unchanged quotes move to version 2 in a new revision, the rest wait in the review queue.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourceVersionsTest {
    static final String BAMADA = "bamada-2025-04-09-cooperation-strategique";
    static final Path SEED = Path.of("seeds/sources/000_00b142498f9a0335.txt");
    private static TestServer server;
    private static SourceImporter importer;
    private static ImportOutcome outcome;
    private static Map<String, Long> revisionsBefore;

    @TempDir
    static Path folder;

    /**
     * The seed with a paragraph inserted after the first, the words "de haut niveau" of passage 4 edited and passage 8
     * removed: what a publisher's correction of the article could look like.
     */
    static String editedSeed(String original, List<String> passages) {
        // Passage 8 goes first: it holds the words edited in passage 4 too, and would no longer be found after.
        String edited = original.replace(passages.get(7) + "\n", "");
        edited = edited.replace(passages.get(0) + "\n", passages.get(0) + "\n\nMise à jour : cet article a été corrigé.\n");
        return edited.replace("consultations politiques de haut niveau entre", "consultations politiques de très haut niveau entre");
    }

    static List<String> passages(TestServer server, String slug) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                "select p.text from passage p join source s on s.id = p.source_id where s.slug = :slug order by p.number")
                .bind("slug", slug).mapTo(String.class).list());
    }

    @BeforeAll
    static void importEditedVersion() throws Exception {
        server = new TestServer(true);
        importer = Importers.create(server.database(), 5L * 1024 * 1024);
        revisionsBefore = currentRevisions();
        String original = Files.readString(SEED, StandardCharsets.UTF_8);
        Path edited = folder.resolve("bamada-corrected.txt");
        Files.writeString(edited, editedSeed(original, passages(server, BAMADA)), StandardCharsets.UTF_8);
        outcome = importer.importFile(edited);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Map<String, Long> currentRevisions() {
        return server.database().jdbi().withHandle(h -> h.createQuery("select slug, current_revision_id from page")
                .reduceRows(new java.util.HashMap<String, Long>(), (map, row) -> {
                    map.put(row.getColumn("slug", String.class), row.getColumn("current_revision_id", Long.class));
                    return map;
                }));
    }

    @Test
    void the_edited_article_with_the_same_publisher_and_title_is_version_2_of_the_seed() {
        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        ImportOutcome.Imported imported = (ImportOutcome.Imported) outcome;
        assertThat(imported.version()).isEqualTo(2);
        assertThat(imported.versionOf()).isEqualTo(BAMADA);
        assertThat(imported.slug()).isEqualTo(BAMADA + "-v2");
        assertThat(imported.reanchored().applied()).isPositive();
        assertThat(imported.reanchored().toReview()).isPositive();
        assertThat(server.count("select count(*) from source where slug = '" + BAMADA + "' and version = 1")).isEqualTo(1);
    }

    @Test
    void importing_the_same_edited_text_or_the_original_again_is_already_present() throws Exception {
        Path again = folder.resolve("again.txt");
        Files.writeString(again, editedSeed(Files.readString(SEED, StandardCharsets.UTF_8), passages(server, BAMADA)),
                StandardCharsets.UTF_8);
        assertThat(importer.importFile(again)).isInstanceOf(ImportOutcome.AlreadyPresent.class);
        assertThat(importer.importFile(SEED)).isInstanceOf(ImportOutcome.AlreadyPresent.class);
        assertThat(server.count("select count(*) from source where coalesce(first_version_id, id) = "
                + "(select id from source where slug = '" + BAMADA + "')")).isEqualTo(2);
    }

    @Test
    void old_revisions_keep_citing_version_1_and_the_unchanged_quote_moves_to_version_2_in_a_new_revision() {
        long before = revisionsBefore.get("Assimi_Goïta");
        // The revision read before the import still cites passage 3 of version 1, as its permalink shows.
        assertThat(server.count("select count(*) from citation c join source s on s.id = c.source_id where c.revision_id = "
                + before + " and s.slug = '" + BAMADA + "' and c.passage_number = 3")).isPositive();
        assertThat(server.get("/wiki/Assimi_Goïta?rev=" + before).body()).contains("/sources/" + BAMADA + "?mark=");

        String current = server.get("/api/pages/Assimi_Goïta").body();
        assertThat(current).contains("reanchor").contains("Re-anchored");
        // One paragraph was inserted before it: passage 3 of version 1 is passage 4 of version 2.
        String body = server.database().jdbi().withHandle(h -> h.createQuery(
                "select r.body from page p join revision r on r.id = p.current_revision_id where p.slug = 'Assimi_Goïta'")
                .mapTo(String.class).one());
        assertThat(body).contains("[@" + BAMADA + "-v2#p4 \"Général d’armée Assimi Goïta, Président de la Transition et Chef de l’État\"]")
                .doesNotContain("[@" + BAMADA + "#p");
        assertThat(server.get("/wiki/Assimi_Goïta").statusCode()).isEqualTo(200);
    }

    @Test
    void the_edited_quote_and_the_removed_passage_wait_for_review_and_stay_on_version_1() {
        String body = server.database().jdbi().withHandle(h -> h.createQuery(
                "select r.body from page p join revision r on r.id = p.current_revision_id where p.slug = 'Abdoulaye_Diop'")
                .mapTo(String.class).one());
        // In one bracket: the unchanged quote moved, the edited one kept as it was.
        assertThat(body).contains("[@" + BAMADA + "-v2#p4 \"le Conseil des ministres s’est tenu ce mercredi 9 avril 2025\"; @"
                + BAMADA + "#p4 \"relatif aux résultats des consultations politiques de haut niveau\"]");
        assertThat(body).contains("[@" + BAMADA + "#p8 \"Monsieur Abdoulaye Diop a conduit une délégation confédérale à Moscou\"]");

        List<Map<String, Object>> pending = server.database().jdbi().withHandle(h -> h.createQuery("""
                select c.passage_number, c.quote, r.method, r.proposed_passage, r.proposed_quote from citation_review r
                join citation c on c.revision_id = r.revision_id and c.ordinal = r.ordinal
                join page p on p.id = r.page_id where p.slug = 'Abdoulaye_Diop' and r.status = 'pending'
                order by c.passage_number
                """).mapToMap().list());
        assertThat(pending).extracting(m -> m.get("passage_number")).contains(4, 8);
        Map<String, Object> edited = pending.stream().filter(m -> Integer.valueOf(4).equals(m.get("passage_number")))
                .findFirst().orElseThrow();
        assertThat(edited.get("method")).isEqualTo("fuzzy");
        assertThat(edited.get("proposed_passage")).isEqualTo(5);
        assertThat((String) edited.get("proposed_quote")).contains("très haut niveau");
        assertThat(server.get("/review").body()).contains("Abdoulaye Diop").contains("très haut niveau");
    }

    @Test
    void no_citation_is_applied_to_a_passage_that_does_not_hold_its_words() {
        // Every applied re-anchoring cites, in its new revision, words equal to those cited in version 1.
        int wrong = server.count("""
                select count(*) from citation_review r
                join citation old on old.revision_id = r.revision_id and old.ordinal = r.ordinal
                where r.status = 'applied' and not exists (
                    select 1 from citation moved where moved.revision_id = r.applied_revision_id
                    and moved.source_id = r.to_source_id and moved.exact = old.exact)
                """);
        assertThat(wrong).isZero();
        assertThat(server.count("select count(*) from citation_review where status = 'applied'")).isPositive();
    }

    @Test
    void the_source_pages_show_both_versions_and_their_differences() {
        String v1 = server.get("/sources/" + BAMADA).body();
        assertThat(v1).contains("Version 1 of 2").contains("A newer version of this article was imported")
                .contains("/sources/" + BAMADA + "-v2");
        String v2 = server.get("/sources/" + BAMADA + "-v2").body();
        assertThat(v2).contains("Version 2 of 2").contains("Differences from version 1").contains("waiting for review");
        assertThat(server.get("/sources/" + BAMADA + "/v/2").statusCode()).isEqualTo(302);
        String diff = server.get("/sources/" + BAMADA + "-v2/diff").body();
        assertThat(diff).contains("Mise à jour : cet article a été corrigé.").contains("très");
        assertThat(server.get("/sources/" + BAMADA + "/diff").statusCode()).isEqualTo(400);
        assertThat(server.get("/sources/" + BAMADA + "/v/9").statusCode()).isEqualTo(404);
        assertThat(server.get("/sources/" + BAMADA + "-v2/diff?from=x").statusCode()).isEqualTo(404);
    }

    @Test
    void another_article_with_the_same_publisher_and_headline_but_its_own_date_and_author_is_a_new_source() throws Exception {
        Path column = folder.resolve("same-headline-other-day.txt");
        Files.writeString(column, "---\ntitle: Coopération stratégique : La Confédération des États du Sahel renforce ses "
                + "liens avec la Fédération de Russie\npublisher: Bamada.net\nauthor: Awa Traoré\ndate: 2025-05-02\n"
                + "language: fr\n---\nUn autre article, publié un autre jour par une autre journaliste, sous le même titre "
                + "que celui du mois d’avril, sur la suite des discussions entre Bamako et Moscou.\n", StandardCharsets.UTF_8);
        ImportOutcome imported = importer.importFile(column);
        assertThat(imported).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(((ImportOutcome.Imported) imported).version()).isEqualTo(1);
        assertThat(((ImportOutcome.Imported) imported).slug()).startsWith("bamada-2025-05-02-");
    }

    @Test
    @Order(Integer.MAX_VALUE) // it makes a version 3, which the other tests do not expect
    void an_editor_may_name_the_source_a_file_is_a_new_version_of_and_an_unknown_one_is_refused() throws Exception {
        Path other = folder.resolve("renamed.txt");
        Files.writeString(other, "---\ntitle: Un autre titre pour le même article\npublisher: Autre\nlanguage: fr\n---\n"
                + String.join("\n\n", passages(server, BAMADA + "-v2")) + "\n", StandardCharsets.UTF_8);
        ImportOutcome refused = importer.importFile(other, "no-such-source");
        assertThat(refused).isInstanceOf(ImportOutcome.Rejected.class);
        assertThat(((ImportOutcome.Rejected) refused).reason()).contains("no-such-source");

        ImportOutcome chosen = importer.importFile(other, BAMADA);
        assertThat(chosen).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(((ImportOutcome.Imported) chosen).version()).isEqualTo(3);
        assertThat(((ImportOutcome.Imported) chosen).slug()).isEqualTo(BAMADA + "-v3");
    }

    /**
     * A hostile tester (session 16): two unrelated articles of one site sharing a section's page title ("Actualités | Le
     * Quotidien") and the home page as canonical address became "versions" of each other, and a citation moved to the
     * other article. Found by address or title, a text is a new version only if it shares most of the older text.
     */
    @Test
    @Order(50)
    void unrelated_articles_sharing_a_page_title_and_a_home_page_address_are_not_versions() throws Exception {
        String template = """
                <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Actualités | Le Quotidien</title>
                <meta property="og:site_name" content="Le Quotidien">
                <link rel="canonical" href="https://www.lequotidien.example/"></head><body>
                <h1>%s</h1><p>%s</p><p>%s</p><p>Le gouvernement a publié un communiqué mardi soir.</p></body></html>""";
        String first = template.formatted("Le Mali quitte la CEDEAO",
                "Bamako a confirmé lundi son retrait de la Communauté économique des États de l'Afrique de l'Ouest, "
                        + "après des mois de tensions avec l'organisation régionale.",
                "Les ministres ont expliqué que la décision répondait aux sanctions imposées au pays depuis 2022.");
        String second = template.formatted("Niamey signe un accord énergétique avec Moscou",
                "Le Niger a signé mercredi un protocole d'accord avec Rosatom pour étudier la construction d'une "
                        + "centrale nucléaire de petite taille près de la capitale.",
                "Les autorités de transition présentent l'accord comme une étape vers l'indépendance énergétique.");
        ImportOutcome a = importer.importStream("gen1.html", "gen1.html",
                new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)), null);
        ImportOutcome b = importer.importStream("gen2.html", "gen2.html",
                new ByteArrayInputStream(second.getBytes(StandardCharsets.UTF_8)), null);
        assertThat(a).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(b).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(((ImportOutcome.Imported) b).version()).isEqualTo(1);
        assertThat(((ImportOutcome.Imported) b).slug()).isNotEqualTo(((ImportOutcome.Imported) a).slug());
    }
}
