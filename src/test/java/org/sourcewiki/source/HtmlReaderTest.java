package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Saved web pages: the text a reader reads, in order, with each block's place in the page, and what the page states. */
class HtmlReaderTest {
    static final Path NEWS_PAGE = Path.of("src/test/resources/articles/courrier-du-sahel-uranium.html");

    private static ExtractedDocument read(String html) throws Exception {
        return new HtmlReader(null).read(html.getBytes(StandardCharsets.UTF_8), null);
    }

    private static ExtractedDocument news() throws Exception {
        return new HtmlReader(null).read(Files.readAllBytes(NEWS_PAGE), null);
    }

    private static TextSpan span(ExtractedDocument doc, String start) {
        Optional<TextSpan> found = doc.spans().stream().filter(s -> s.text().startsWith(start)).findFirst();
        assertThat(found).as("a passage starting with '%s' in %s", start, doc.storedText()).isPresent();
        return found.get();
    }

    @Test
    void a_news_page_states_its_title_date_author_publisher_and_address_from_structured_data() throws Exception {
        StatedMetadata metadata = news().metadata();

        assertThat(metadata.get(StatedMetadata.TITLE)).isEqualTo("Niger : l’uranium au cœur d’un nouvel accord avec Moscou");
        assertThat(metadata.get(StatedMetadata.DATE)).isEqualTo("2025-06-22");
        assertThat(metadata.get(StatedMetadata.AUTHOR)).isEqualTo("Aminata Diallo");
        assertThat(metadata.get(StatedMetadata.PUBLISHER)).isEqualTo("Le Courrier du Sahel");
        assertThat(metadata.get(StatedMetadata.URL))
                .isEqualTo("https://www.courrier-sahel.example/politique/niger-uranium-accord-moscou");
        assertThat(metadata.get(StatedMetadata.LANGUAGE)).isEqualTo("fr");
        assertThat(metadata.origins()).containsEntry("title", "json-ld").containsEntry("date", "json-ld")
                .containsEntry("author", "json-ld").containsEntry("publisher", "json-ld")
                .containsEntry("url", "canonical").containsEntry("language", "html lang");
    }

    @Test
    void the_article_reads_in_order_and_scripts_styles_and_hidden_text_are_dropped() throws Exception {
        ExtractedDocument doc = news();
        String text = doc.storedText();

        assertThat(text).doesNotContain("dataLayer", "position: fixed", "Texte caché", "Activez JavaScript",
                "app.js", "Le ministre à Niamey" /* an image's alt text is not on the page */);
        List<String> order = List.of("Niger : l’uranium au cœur", "Par Aminata Diallo", "Publié le 22 juin 2025",
                "Le ministre nigérien des Mines", "Niamey et Moscou ont signé samedi", "Le texte prévoit",
                "Un secteur en pleine recomposition", "Depuis le retrait", "« Nos ressources",
                "L’accord comporte trois volets", "la formation de géologues", "la construction d’un laboratoire",
                "un calendrier de production", "Plusieurs organisations");
        int previous = -1;
        for (String start : order) {
            int at = doc.spans().indexOf(span(doc, start));
            assertThat(at).as(start).isGreaterThan(previous);
            previous = at;
        }
        assertThat(span(doc, "Niamey et Moscou ont signé samedi").text())
                .isEqualTo("Niamey et Moscou ont signé samedi un protocole d’accord qui ouvre à une société russe "
                        + "l’exploration de deux gisements d’uranium dans la région d’Agadez, selon un communiqué du "
                        + "gouvernement nigérien.");
    }

    @Test
    void blocks_have_their_form_and_element() throws Exception {
        ExtractedDocument doc = news();
        assertThat(span(doc, "Niger : l’uranium").form()).isEqualTo(PassageForm.HEADING);
        assertThat(span(doc, "Niger : l’uranium").context().element()).isEqualTo("h1");
        assertThat(span(doc, "Un secteur en pleine").context().element()).isEqualTo("h2");
        assertThat(span(doc, "la formation de géologues").form()).isEqualTo(PassageForm.ITEM);
        assertThat(span(doc, "Le ministre nigérien des Mines").context().element()).isEqualTo("figcaption");
        assertThat(span(doc, "« Nos ressources").context().element()).isEqualTo("p");
        assertThat(span(doc, "Publicité").context().element()).isEqualTo("div");
    }

    @Test
    void page_chrome_is_kept_and_marked_by_its_container() throws Exception {
        ExtractedDocument doc = news();

        assertThat(span(doc, "Nous utilisons des cookies").context().chrome()).isEqualTo("class:cookie");
        List<TextSpan> politique = doc.spans().stream().filter(s -> s.text().equals("Politique")).toList();
        assertThat(politique).extracting(s -> s.context().chrome()) // menu, breadcrumb, the article's own label
                .containsExactly("nav", "class:breadcrumb", null);
        assertThat(span(doc, "Le Courrier du Sahel").context().chrome()).isEqualTo("header"); // the logo
        TextSpan menuItem = doc.spans().stream().filter(s -> s.text().equals("Économie")).findFirst().orElseThrow();
        assertThat(menuItem.context().chrome()).isEqualTo("nav");
        assertThat(menuItem.context().linkDensity()).isEqualTo(1.0);
        assertThat(span(doc, "Facebook X WhatsApp").context().chrome()).isEqualTo("class:share");
        assertThat(span(doc, "Facebook X WhatsApp").context().linkCount()).isEqualTo(3);
        assertThat(span(doc, "Publicité").context().chrome()).isEqualTo("class:ad");
        assertThat(span(doc, "Lire aussi").context().chrome()).isEqualTo("aside");
        assertThat(span(doc, "Lire aussi").context().linkDensity()).isGreaterThan(0.7);
        assertThat(span(doc, "Commentaires via Facebook").context().chrome()).isEqualTo("class:comment");
        assertThat(span(doc, "Les plus lus").context().chrome()).isEqualTo("aside");
        assertThat(span(doc, "Mali : la saison des pluies").context().chrome()).isEqualTo("aside");
        assertThat(span(doc, "Recevez notre newsletter").context().chrome()).isEqualTo("class:newsletter");
        assertThat(span(doc, "© 2025 Le Courrier du Sahel").context().chrome()).isEqualTo("footer");
    }

    @Test
    void class_and_id_words_name_the_kinds_of_chrome_whole_glued_or_in_pairs() {
        assertThat(HtmlBlocks.chromeWord("td-post-sharing-bottom")).isEqualTo("class:share");
        assertThat(HtmlBlocks.chromeWord("sharedaddy sd-sharing-enabled")).isEqualTo("class:share");
        assertThat(HtmlBlocks.chromeWord("commentList")).isEqualTo("class:comment");
        assertThat(HtmlBlocks.chromeWord("bloc-lire-aussi")).isEqualTo("class:related");
        assertThat(HtmlBlocks.chromeWord("widget_most_read")).isEqualTo("class:related");
        assertThat(HtmlBlocks.chromeWord("adsbygoogle")).isEqualTo("class:ad");
        assertThat(HtmlBlocks.chromeWord("site-header")).isEqualTo("class:header");
        assertThat(HtmlBlocks.chromeWord("entry-header")).isNull();
        assertThat(HtmlBlocks.chromeWord("commentary opinion")).isNull();
        assertThat(HtmlBlocks.chromeWord("article-body entry-content")).isNull();
        assertThat(HtmlBlocks.chromeWord("headline")).isNull();
    }

    @Test
    void a_cookie_dialog_by_its_role_is_chrome() throws Exception {
        ExtractedDocument doc = read("<div role=\"dialog\"><p>Nous utilisons des cookies.</p></div><p>Le texte.</p>");
        assertThat(doc.spans().get(0).context().chrome()).isEqualTo("role:dialog");
        assertThat(doc.spans().get(1).context().chrome()).isNull();
    }

    @Test
    void the_article_inside_a_wrapper_named_after_its_sidebar_is_not_chrome() throws Exception {
        ExtractedDocument doc = news();
        for (String start : List.of("Niger : l’uranium", "Par Aminata Diallo", "Niamey et Moscou", "Le texte prévoit",
                "Un secteur", "« Nos ressources", "la formation", "Plusieurs organisations", "Le ministre nigérien")) {
            assertThat(span(doc, start).context().chrome()).as(start).isNull();
        }
        assertThat(span(doc, "Niamey et Moscou").context().linkDensity()).isZero();
    }

    @Test
    void offsets_are_code_points_of_the_stored_text() throws Exception {
        ExtractedDocument doc = read("<p>Un 😀 emoji.</p><p>Puis « la suite » ici.</p>");
        assertThat(doc.storedText()).isEqualTo("Un 😀 emoji.\n\nPuis « la suite » ici.");
        int[] codePoints = doc.storedText().codePoints().toArray();
        for (TextSpan span : doc.spans()) {
            assertThat(new String(codePoints, span.start(), span.end() - span.start())).isEqualTo(span.text());
        }
        assertThat(doc.spans().get(1).start()).isEqualTo(13);
    }

    @Test
    void text_directly_in_divs_and_double_line_breaks_make_passages() throws Exception {
        ExtractedDocument doc = read("<body><div>Premier paragraphe,<br>suite de la ligne.<br><br>Second paragraphe.</div>"
                + "<div><span>Dans un span</span> et <em>du texte</em>.</div></body>");
        assertThat(doc.spans()).extracting(TextSpan::text)
                .containsExactly("Premier paragraphe,\nsuite de la ligne.", "Second paragraphe.", "Dans un span et du texte.");
        assertThat(doc.spans().get(0).context().element()).isEqualTo("div");
    }

    @Test
    void nested_lists_and_table_cells_are_blocks_of_their_own() throws Exception {
        ExtractedDocument doc = read("<ul><li>Un<ul><li>Un-a</li><li>Un-b</li></ul></li><li>Deux</li></ul>"
                + "<table><tr><th>Pays</th><th>Tonnes</th></tr><tr><td>Niger</td><td><p>2 020</p><p>estimé</p></td></tr></table>");
        assertThat(doc.spans()).extracting(TextSpan::text)
                .containsExactly("Un", "Un-a", "Un-b", "Deux", "Pays", "Tonnes", "Niger", "2 020", "estimé");
        assertThat(doc.spans().get(4).context().element()).isEqualTo("th");
        assertThat(doc.spans().get(6).context().element()).isEqualTo("td");
    }

    @Test
    void a_windows_1252_page_declared_by_meta_is_decoded_right() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Élection à Niamey – résultats</title></head><body><p>Le président a reçu « l’équipe ».</p></body></html>";
        ExtractedDocument doc = new HtmlReader(null).read(html.getBytes(Charset.forName("windows-1252")), null);
        assertThat(doc.storedText()).isEqualTo("Le président a reçu « l’équipe ».");
        assertThat(doc.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void an_undeclared_legacy_page_is_sniffed_and_a_transport_charset_wins_over_meta() throws Exception {
        byte[] latin = "<p>Coopération économique à Niamey.</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new HtmlReader(null).read(latin, null).storedText()).isEqualTo("Coopération économique à Niamey.");

        byte[] utf8 = "<p>Coopération économique à Niamey.</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(new HtmlReader(null).read(utf8, null).encoding()).isEqualTo("UTF-8");

        byte[] mislabelled = ("<meta charset=\"iso-8859-1\"><p>Coopération à Niamey.</p>").getBytes(StandardCharsets.UTF_8);
        assertThat(new HtmlReader(null).read(mislabelled, "UTF-8").storedText()).isEqualTo("Coopération à Niamey.");

        byte[] bom = ("\uFEFF<meta charset=\"iso-8859-1\"><p>Coopération à Niamey.</p>").getBytes(StandardCharsets.UTF_8);
        assertThat(new HtmlReader(null).read(bom, "iso-8859-1").storedText()).isEqualTo("Coopération à Niamey.");
    }

    @Test
    void a_utf8_page_with_a_few_broken_bytes_is_refused_naming_the_first_never_read_as_windows_1252() {
        byte[] head = "<html><head><title>Le Mali crée une société d’État</title></head><body><p>Coopération"
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = " économique à Niamey, déclarée « réussie ».</p></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, broken, 0, head.length);
        broken[head.length] = (byte) 0xFF; // a stray byte in the middle of UTF-8 text
        System.arraycopy(tail, 0, broken, head.length + 1, tail.length);

        for (String transport : new String[] {null, "utf-8"}) { // undeclared, and declared by the server
            assertThatThrownBy(() -> new HtmlReader(null).read(broken, transport))
                    .isInstanceOf(ImportRefusedException.class)
                    .hasMessageContaining("invalid UTF-8 at byte " + head.length)
                    .hasMessageContaining("1 broken sequence");
        }
        byte[] declared = ("<meta charset=\"utf-8\">" + new String(broken, StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new HtmlReader(null).read(declared, null))
                .hasMessageContaining("invalid UTF-8 at byte " + (head.length + "<meta charset=\"utf-8\">".length()));
        // Found by an acceptance walk: the same bytes declared in a legacy charset, by the page or by the server,
        // are refused too, never read as Windows-1252 ("SÃ©cheresse").
        for (String charset : new String[] {"windows-1252", "iso-8859-1"}) {
            byte[] legacy = ("<meta charset='" + charset + "'>" + new String(broken, StandardCharsets.ISO_8859_1))
                    .getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> new HtmlReader(null).read(legacy, null))
                    .hasMessageContaining("invalid UTF-8 at byte " + (head.length + ("<meta charset='" + charset + "'>").length()));
            assertThatThrownBy(() -> new HtmlReader(null).read(broken, charset)).hasMessageContaining("invalid UTF-8 at byte");
        }
    }

    /** Found by a hostile tester: declarations the bytes belie, and UTF-16 without a byte-order mark. */
    @Test
    void a_declaration_the_bytes_belie_is_not_followed_and_nul_bytes_without_a_bom_are_refused() throws Exception {
        byte[] utf8Declared1252 = ("<meta charset=\"windows-1252\"><title>Réunion à Niamey</title><p>Coopération "
                + "économique à Niamey.</p>").getBytes(StandardCharsets.UTF_8);
        assertThat(new HtmlReader(null).read(utf8Declared1252, null).storedText()).isEqualTo("Coopération économique à Niamey.");
        assertThat(new HtmlReader(null).read(utf8Declared1252, "windows-1252").storedText())
                .isEqualTo("Coopération économique à Niamey.");

        byte[] latinDeclaredUtf8 = ("<meta charset=\"utf-8\"><p>Accord signé à Ségou.</p>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new HtmlReader(null).read(latinDeclaredUtf8, null).storedText()).isEqualTo("Accord signé à Ségou.");

        byte[] utf16 = "<p>Sommet à Ouagadougou.</p>".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> new HtmlReader(null).read(utf16, null)).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("NUL byte at offset 1").hasMessageContaining("byte-order mark");
    }

    @Test
    void a_title_that_is_a_menu_or_a_placeholder_gives_way_to_the_headline_in_the_text() throws Exception {
        ParsedArticle article = new ArticleParser(new BoilerplateClassifier(BoilerplateRules.load()))
                .parse("menu.html", ("<html><head><title>Accueil | Actualités | Politique | Sport</title>"
                        + "<meta property=\"og:title\" content=\"Menu\"></head><body><h1>Le Mali et la Russie signent un "
                        + "accord nucléaire civil</h1><p>" + "Le gouvernement de transition a signé mardi un accord de "
                        + "coopération nucléaire civile avec la Russie, selon un communiqué officiel publié à Bamako.</p>"
                        + "</body></html>").getBytes(StandardCharsets.UTF_8));
        assertThat(article.title()).isEqualTo("Le Mali et la Russie signent un accord nucléaire civil");
    }

    @Test
    void og_and_meta_are_used_when_there_is_no_json_ld_and_the_title_loses_its_site_name() throws Exception {
        ExtractedDocument doc = read("<html><head><title>Sahel : la force unifiée prend forme - Agence Sahel Info</title>"
                + "<meta property=\"og:site_name\" content=\"Agence Sahel Info\">"
                + "<meta name=\"author\" content=\"Jean Koné\">"
                + "<meta name=\"DC.date.issued\" content=\"2025-03\">"
                + "<meta property=\"og:url\" content=\"https://sahel-info.example/force\">"
                + "</head><body><p>Texte.</p></body></html>");
        StatedMetadata metadata = doc.metadata();
        assertThat(metadata.get(StatedMetadata.TITLE)).isEqualTo("Sahel : la force unifiée prend forme");
        assertThat(metadata.origins()).containsEntry("title", "html title").containsEntry("publisher", "og:site_name")
                .containsEntry("author", "meta:author").containsEntry("date", "meta:dc.date.issued")
                .containsEntry("url", "og:url");
        assertThat(metadata.get(StatedMetadata.DATE)).isEqualTo("2025-03");
    }

    @Test
    void article_times_twitter_titles_and_microdata_are_read_when_nothing_stronger_is_stated() throws Exception {
        StatedMetadata og = read("<html><head><meta property=\"article:published_time\" content=\"2024-11-05T22:10:00Z\">"
                + "<meta name=\"twitter:title\" content=\"Le titre pour les réseaux\"></head><body><article>"
                + "<span itemprop=\"author\">Fatou Sow</span><p>Texte.</p></article></body></html>").metadata();
        assertThat(og.get(StatedMetadata.DATE)).isEqualTo("2024-11-05");
        assertThat(og.get(StatedMetadata.TITLE)).isEqualTo("Le titre pour les réseaux");
        assertThat(og.get(StatedMetadata.AUTHOR)).isEqualTo("Fatou Sow");
        assertThat(og.origins()).containsEntry("date", "article:published_time").containsEntry("title", "twitter:title")
                .containsEntry("author", "microdata");

        StatedMetadata microdata = read("<article><time itemprop=\"datePublished\" datetime=\"2023-01-02\">2 janvier"
                + "</time><p>Texte.</p></article>").metadata();
        assertThat(microdata.get(StatedMetadata.DATE)).isEqualTo("2023-01-02");
        assertThat(microdata.origin(StatedMetadata.DATE)).isEqualTo("microdata");
    }

    @Test
    void a_title_that_is_only_the_sites_name_states_no_headline() throws Exception {
        ParsedArticle article = new ArticleParser(new BoilerplateClassifier(BoilerplateRules.load())).parse("page.html",
                ("<html><head><title>Le Courrier du Sahel</title><meta property=\"og:site_name\" content=\"Le Courrier"
                        + " du Sahel\"></head><body><h1>Mali : la saison des pluies s’annonce précoce</h1><p>Les premières "
                        + "pluies sont tombées à Kayes dès la mi-mai, trois semaines plus tôt que d’habitude, selon "
                        + "l’agence météorologique nationale.</p></body></html>").getBytes(StandardCharsets.UTF_8));
        assertThat(article.title()).isEqualTo("Mali : la saison des pluies s’annonce précoce");
        assertThat(article.metadataOrigin()).containsEntry("title", "text passage 1").containsEntry("publisher", "og:site_name");
    }

    @Test
    void site_names_are_cut_from_titles_only_where_they_are_the_sites() {
        List<String> site = List.of("Le Monde");
        assertThat(HtmlMetadata.titleWithoutSite("Mali - Russie : un accord | Le Monde", site)).isEqualTo("Mali - Russie : un accord");
        assertThat(HtmlMetadata.titleWithoutSite("Le Monde – Mali - Russie : un accord", site)).isEqualTo("Mali - Russie : un accord");
        assertThat(HtmlMetadata.titleWithoutSite("Mali - Russie : un accord", site)).isEqualTo("Mali - Russie : un accord");
        assertThat(HtmlMetadata.titleWithoutSite("Le Niger signe avec Moscou | Actu Niger", List.of()))
                .isEqualTo("Le Niger signe avec Moscou");
    }

    @Test
    void an_address_as_author_is_no_name_and_a_page_states_nothing_it_does_not_say() throws Exception {
        ExtractedDocument doc = read("<html><head><meta property=\"article:author\" content=\"https://facebook.example/someone\">"
                + "</head><body><p>Un texte sans métadonnées.</p></body></html>");
        assertThat(doc.metadata().origins()).isEmpty();
    }

    @Test
    void a_page_without_text_is_refused() {
        assertThatThrownBy(() -> read("<html><head><title>Vide</title></head><body><script>x()</script></body></html>"))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("no readable text");
    }

    /** Found by an acceptance walk: buttons side by side, with no whitespace between them, keep their words apart. */
    @Test
    void buttons_side_by_side_keep_their_words_apart() throws Exception {
        byte[] page = ("<html><body><div class=\"cookie-banner\"><p>We use cookies to measure our audience.</p>"
                + "<div><button>Accept all</button><button>Manage preferences</button></div></div>"
                + "<article><p>Le barrage de Kandadji sera mis en eau en 2027, selon le ministère.</p></article>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        ExtractedDocument doc = new HtmlReader(null).read(page, null);
        assertThat(doc.spans()).extracting(TextSpan::text).contains("Accept all Manage preferences");
    }

    /**
     * A hostile tester (session 16): JSON-LD that lies is not believed — of two article blocks the one the page's title
     * states is the page's, numbers and nulls are no names, markup in a headline is dropped; a home page given as the
     * canonical address names no article.
     */
    @Test
    void json_ld_that_lies_is_read_with_care_and_a_home_page_is_no_articles_address() throws Exception {
        StatedMetadata metadata = read("""
                <!doctype html><html><head><title>Le vrai titre de la page – Le Journal</title>
                <link rel="canonical" href="https://www.journal.example/">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Article lié en bas de page",
                "author":{"name":"Auteur Lié"},"datePublished":"2018-05-05"}</script>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Le <b>vrai</b> titre de la page",
                "author":["Awa Traoré", 42, null, true],"datePublished":"2026-02-03"}</script>
                </head><body><h1>Le vrai titre de la page</h1><p>Texte de l'article.</p></body></html>""").metadata();
        assertThat(metadata.get(StatedMetadata.TITLE)).isEqualTo("Le vrai titre de la page");
        assertThat(metadata.get(StatedMetadata.AUTHOR)).isEqualTo("Awa Traoré");
        assertThat(metadata.get(StatedMetadata.DATE)).isEqualTo("2026-02-03");
        assertThat(metadata.get(StatedMetadata.URL)).isNull();
        StatedMetadata numbers = read("""
                <!doctype html><html><head><title>Titre</title><script type="application/ld+json">
                {"@type":"NewsArticle","headline":12345,"author":true}</script></head><body><p>x</p></body></html>""")
                .metadata();
        assertThat(numbers.get(StatedMetadata.TITLE)).isNotEqualTo("12345");
        assertThat(numbers.get(StatedMetadata.AUTHOR)).isNull();
    }
}
