package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PDF, DOCX and ODT files read into passages in reading order, with what their properties state. */
class DocumentReadersTest {
    private final ArticleParser parser = new ArticleParser(new BoilerplateClassifier(BoilerplateRules.load()));

    @Test
    void a_pdf_is_rebuilt_into_paragraphs_with_hyphenation_undone_across_lines_and_pages() throws Exception {
        ExtractedDocument doc = new PdfReader().read(TestDocuments.newsPdf(), null);
        List<String> body = doc.spans().stream().filter(s -> !s.context().inChrome()).map(TextSpan::text).toList();

        assertThat(body).containsExactly(
                "Mali : Moscou livre de nouveaux hélicoptères à Bamako",
                "Par Ousmane Traoré", "Publié le 22 juin 2025",
                "Deux hélicoptères de transport sont arrivés samedi à l’aéroport de Bamako, a annoncé l’état-major, "
                        + "qui y voit une étape du développement de la coopération militaire entre le Mali et la Russie.",
                "Selon le porte-parole de l’armée, les appareils serviront au ravitaillement des bases du nord. Les deux "
                        + "pays ont également évoqué la formation des équipages, sans donner de calendrier.",
                "La livraison intervient après la visite du ministre de la Défense à Moscou en avril, au cours de "
                        + "laquelle un accord de principe avait été conclu.",
                "Une coopération ancienne",
                "Les liens militaires entre Bamako et Moscou remontent aux années soixante, quand l’Union soviétique "
                        + "formait une partie des officiers maliens, a rappelé le porte-parole.");
        assertThat(doc.spans()).filteredOn(s -> s.text().startsWith("Mali : Moscou") || s.text().equals("Une coopération ancienne"))
                .hasSize(2)
                .extracting(TextSpan::form).containsOnly(PassageForm.HEADING);
        assertThat(doc.spans()).allSatisfy(s -> assertThat(s.context().element()).isEqualTo("pdf"));
    }

    @Test
    void a_byline_in_a_smaller_font_keeps_its_lines_apart_and_a_paragraph_going_on_with_a_capital_is_joined()
            throws Exception {
        ExtractedDocument doc = new PdfReader().read(TestDocuments.pageBreakPdf(), null);
        assertThat(doc.spans()).extracting(TextSpan::text).containsExactly(
                "Ouagadougou et Moscou signent un accord", "Par Moussa Ouédraogo", "Publié le 22 octobre 2024",
                "Le gouvernement a signé mardi à Moscou un accord avec l’agence russe pour la construction d’une "
                        + "centrale destinée à combler le déficit énergétique chronique du pays, où moins d’un quart de la "
                        + "population a accès au réseau électrique. Le Niger, troisième membre de la Confédération des États "
                        + "du Sahel, a engagé des discussions similaires avec Moscou.",
                "À Paris, le Quai d’Orsay s’est refusé à tout commentaire sur cet accord.");
    }

    @Test
    void running_headers_and_page_numbers_of_a_pdf_are_marked_as_running_chrome() throws Exception {
        ExtractedDocument doc = new PdfReader().read(TestDocuments.newsPdf(), null);
        List<String> running = doc.spans().stream().filter(s -> PdfReader.RUNNING.equals(s.context().chrome()))
                .map(TextSpan::text).toList();
        assertThat(running).containsExactlyInAnyOrder(TestDocuments.RUNNING_HEADER, TestDocuments.RUNNING_HEADER,
                TestDocuments.BANNER, TestDocuments.BANNER, "1", "2");
    }

    @Test
    void a_pdf_states_title_author_publisher_and_language_but_a_printing_day_is_not_its_date() throws Exception {
        StatedMetadata metadata = new PdfReader().read(TestDocuments.newsPdf(), null).metadata();
        assertThat(metadata.get(StatedMetadata.TITLE)).isEqualTo("Mali : Moscou livre de nouveaux hélicoptères à Bamako");
        assertThat(metadata.get(StatedMetadata.AUTHOR)).isEqualTo("Ousmane Traoré");
        assertThat(metadata.get(StatedMetadata.PUBLISHER)).isEqualTo("Le Journal du Sahel");
        assertThat(metadata.get(StatedMetadata.LANGUAGE)).isEqualTo("fr");
        assertThat(metadata.has(StatedMetadata.DATE)).isFalse();
        assertThat(metadata.origins()).containsOnly(java.util.Map.entry("title", "pdf"), java.util.Map.entry("publisher", "pdf"),
                java.util.Map.entry("author", "pdf"), java.util.Map.entry("language", "pdf"));

        ParsedArticle article = parser.parse("helicopteres.pdf", TestDocuments.newsPdf());
        assertThat(article.published()).isEqualTo("2025-06-22");
        assertThat(article.metadataOrigin().get("date")).isEqualTo("text passage 4");
        assertThat(article.mediaType()).isEqualTo("application/pdf");
        assertThat(article.originalEncoding()).isEqualTo("PDF");
    }

    @Test
    void a_pdf_made_by_an_authoring_tool_gives_its_creation_date() throws Exception {
        ParsedArticle article = parser.parse("report.pdf", TestDocuments.reportPdf());
        assertThat(article.published()).isEqualTo("2024-03-05");
        assertThat(article.metadataOrigin()).containsEntry("date", "pdf");
    }

    /**
     * Found by an acceptance walk: a Word file's created date is when the file was made, so the date the article
     * states wins over it; a PDF's title carrying the site's name after a dash is cut to the headline the text holds.
     */
    @Test
    void the_date_the_text_states_wins_over_a_files_creation_and_a_title_loses_the_sites_name() throws Exception {
        ParsedArticle saved = parser.parse("coton.docx", TestDocuments.savedArticleDocx());
        assertThat(saved.published()).isEqualTo("2025-11-20");
        assertThat(saved.metadataOrigin().get("date")).startsWith("text passage");

        ParsedArticle printed = parser.parse("mopti.pdf", TestDocuments.printedPagePdf());
        assertThat(printed.title()).isEqualTo("Mopti: schools reopen after three years");
        assertThat(printed.metadataOrigin()).containsEntry("title", "pdf");
    }

    @Test
    void a_broken_pdf_is_refused_with_a_reason() {
        byte[] broken = "%PDF-1.7\nnot really a PDF".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> parser.parse("broken.pdf", broken)).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("PDF");
    }

    @Test
    void a_word_document_gives_its_paragraphs_heading_list_table_and_properties() throws Exception {
        ParsedArticle article = parser.parse("centre.docx", TestDocuments.newsDocx());

        assertThat(article.passages()).extracting(NewPassage::text).containsExactly(
                "Burkina Faso : la Russie ouvre un centre culturel à Ouagadougou",
                "Le centre, inauguré vendredi, proposera des cours de russe et des projections de films.",
                "Des bourses d’études", "Moscou annonce aussi cent bourses pour des étudiants burkinabè.",
                "cinquante en médecine ;", "Bourses", "100");
        assertThat(article.passages().get(0).form()).isEqualTo(PassageForm.HEADING);
        assertThat(article.passages().get(4).form()).isEqualTo(PassageForm.ITEM);
        assertThat(article.title()).isEqualTo("Burkina Faso : la Russie ouvre un centre culturel");
        assertThat(article.author()).isEqualTo("Issa Ouédraogo");
        assertThat(article.published()).isEqualTo("2025-05-16");
        assertThat(article.publisher()).isEqualTo("Faso Hebdo");
        assertThat(article.metadataOrigin()).containsEntry("title", "docx").containsEntry("author", "docx")
                .containsEntry("date", "docx").containsEntry("publisher", "docx").containsEntry("language", "guessed");
        assertThat(article.mediaType()).isEqualTo(DocumentFormat.DOCX.mediaType());
    }

    @Test
    void an_opendocument_text_gives_its_blocks_and_meta() throws Exception {
        ParsedArticle article = parser.parse("sputnik.odt", TestDocuments.newsOdt());

        assertThat(article.passages()).extracting(NewPassage::text).containsExactly(
                "Niger : la radio publique signe avec Sputnik",
                "L’accord prévoit l’échange de programmes et la formation de journalistes.",
                "des émissions en haoussa ;", "Il entre en vigueur le mois prochain.");
        assertThat(article.passages().get(0).form()).isEqualTo(PassageForm.HEADING);
        assertThat(article.passages().get(2).form()).isEqualTo(PassageForm.ITEM);
        assertThat(article.title()).isEqualTo("Niger : la radio publique signe avec Sputnik");
        assertThat(article.author()).isEqualTo("Halima Moussa");
        assertThat(article.published()).isEqualTo("2025-02-11");
        assertThat(article.language()).isEqualTo("fr");
        assertThat(article.metadataOrigin()).containsEntry("title", "odt").containsEntry("date", "odt");
    }

    @Test
    void formats_are_told_by_bytes_then_declared_type_then_name_then_sniffing() throws Exception {
        assertThat(DocumentFormat.detect("x.txt", TestDocuments.newsPdf(), null)).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.detect("x", TestDocuments.newsDocx(), null)).isEqualTo(DocumentFormat.DOCX);
        assertThat(DocumentFormat.detect("x", TestDocuments.newsOdt(), null)).isEqualTo(DocumentFormat.ODT);
        byte[] html = "<!-- saved -->\n<!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentFormat.detect("page", html, null)).isEqualTo(DocumentFormat.HTML);
        // A hostile tester (session 16): a saved page under a text's name had its markup and scripts read as the
        // article's words. Bytes that open a whole HTML document are a page whatever the name says; a text under a
        // page's name without one tag is a text (its paragraphs ran together).
        assertThat(DocumentFormat.detect("page.txt", html, null)).isEqualTo(DocumentFormat.HTML);
        byte[] bold = "<b>Le Mali</b> et la Russie signent un accord.".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentFormat.detect("note.txt", bold, null)).isEqualTo(DocumentFormat.TEXT);
        byte[] plain = "Le Mali et la Russie signent un accord.\n\nLes ministres se sont rencontrés.".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentFormat.detect("deep.html", plain, null)).isEqualTo(DocumentFormat.TEXT);
        assertThat(DocumentFormat.detect("page.txt", html, "text/html")).isEqualTo(DocumentFormat.HTML);
        byte[] text = "Le Mali et la Russie <signent> un accord.".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentFormat.detect("article", text, null)).isEqualTo(DocumentFormat.TEXT);
        assertThat(DocumentFormat.detect("article.htm", text, null)).isEqualTo(DocumentFormat.HTML);
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertThat(DocumentFormat.detect("archive.zip", zip, null)).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void a_zip_that_is_no_office_document_is_still_refused_as_binary() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        assertThatThrownBy(() -> parser.parse("archive.zip", zip)).hasMessageContaining("ZIP archive");
    }

    /**
     * A hostile tester (session 16): a PDF cut short gave its letters one by one, shifted ("7 L W U H + 7 0 / & K U R"),
     * and was imported as that. Such a text is refused; prose, and a script written without spaces, are not.
     */
    @Test
    void a_pdf_whose_letters_come_out_one_by_one_is_refused() {
        assertThat(PdfReader.spacedOut("' 7 L W U H + 7 0 / & K U R P L X P ".repeat(5))).isTrue();
        assertThat(PdfReader.spacedOut("Le Mali et la Russie ont signé à Bamako un accord de coopération. ".repeat(6)))
                .isFalse();
        assertThat(PdfReader.spacedOut("協力協定が署名された。ロシアとマリ。".repeat(40))).isFalse();
    }
}
