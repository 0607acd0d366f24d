package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The five seed articles as a reader sees them: metadata as stated, article text body, web junk boilerplate. */
class SeedArticlesTest {
    private final ArticleParser parser = new ArticleParser(new BoilerplateClassifier(BoilerplateRules.load()));

    private ParsedArticle seed(String name) throws Exception {
        Path path = Path.of("seeds/sources", name);
        return parser.parse(name, Files.readAllBytes(path));
    }

    private static NewPassage passage(ParsedArticle article, String start) {
        return article.passages().stream().filter(p -> p.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no passage starts with " + start));
    }

    private static Predicate<NewPassage> startsWith(String start) {
        return p -> p.text().startsWith(start);
    }

    @Test
    void bamada_states_title_publisher_author_and_date() throws Exception {
        ParsedArticle article = seed("000_00b142498f9a0335.txt");
        assertThat(article.title()).startsWith("Coopération stratégique");
        assertThat(article.titleSupplied()).isFalse();
        assertThat(article.publisher()).isEqualTo("Bamada.net");
        assertThat(article.author()).isEqualTo("Moussa Keita");
        assertThat(article.published()).isEqualTo("2025-04-09");
        // The council's day, "ce mercredi 9 avril 2025", not a stated date of publication: bracketed in the header.
        assertThat(article.metadataOrigin()).containsEntry("date", "inferred");
        assertThat(article.url()).isNull();
        assertThat(passage(article, "Suivez-nous").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(passage(article, "À Lire Aussi :\u00A0Retrait").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(passage(article, "À l’invitation de son homologue").kind()).isEqualTo(PassageKind.BODY);
        assertThat(passage(article, "La situation sécuritaire").form()).isEqualTo(PassageForm.ITEM);
        assertThat(passage(article, "NB : Toute reproduction").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(passage(article, "Moussa Keita").kind()).isEqualTo(PassageKind.BODY);
        assertThat(passage(article, "Ecoutez les radios").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(passage(article, "ORTM en direct").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(article.passages().stream().filter(startsWith("Un point central")).findFirst().orElseThrow().kind())
                .isEqualTo(PassageKind.BODY);
    }

    @Test
    void the_article_without_title_gets_a_supplied_one_and_single_line_paragraphs() throws Exception {
        ParsedArticle article = seed("001_f38533d8ee72d9d2.txt");
        assertThat(article.title()).startsWith("[").endsWith("]");
        assertThat(article.titleSupplied()).isTrue();
        assertThat(article.publisher()).isNull();
        assertThat(article.published()).isNull();
        assertThat(passage(article, "Newsletter Subscribe").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(passage(article, "Enter your email").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(passage(article, "Une page importante").kind()).isEqualTo(PassageKind.BODY);
        assertThat(passage(article, "Cette rencontre marque").kind()).isEqualTo(PassageKind.BODY);
        assertThat(passage(article, "De son côté, SEM Abdoulaye Diop").kind()).isEqualTo(PassageKind.BODY);
        assertThat(passage(article, "Lire aussi :Guerre en Ukraine").kind()).isEqualTo(PassageKind.BOILERPLATE);
        long bodyParagraphs = article.passages().stream().filter(p -> p.kind() == PassageKind.BODY).count();
        assertThat(bodyParagraphs).isEqualTo(13);
    }

    @Test
    void the_long_article_ends_where_the_teasers_and_the_authors_other_articles_begin() throws Exception {
        ParsedArticle article = seed("002_1e2fac2264a897ad.txt");
        assertThat(article.published()).isEqualTo("2025-06-23");
        // "Envoyés spéciaux à Moscou, A.S. et O.D.": both envoys are authors.
        assertThat(article.author()).isEqualTo("Alassane Souleymane; O.D.");
        assertThat(Authors.split(article.author())).containsExactly("Alassane Souleymane", "O.D.");
        assertThat(article.metadataOrigin()).containsEntry("date", "header");
        assertThat(passage(article, "Le communiqué conjoint publié").kind()).isEqualTo(PassageKind.BODY);
        // Non-breaking spaces and the line break inside the signature stay as published.
        assertThat(passage(article, "Envoyés spéciaux").text()).isEqualTo("Envoyés spéciaux\u00A0\u00A0à Moscou,\u00A0A.S.\net O.D.");
        assertThat(passage(article, "Envoyés spéciaux").kind()).isEqualTo(PassageKind.BODY);
        assertThat(passage(article, "Alassane Souleymane").kind()).isEqualTo(PassageKind.BODY);
        assertThat(passage(article, "Les agents qui ne se sont pas").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(passage(article, "Nouvelle incroyable au Brésil").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(passage(article, "Les articles de l'auteur").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(passage(article, "La diplomatie américaine").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(passage(article, "S’abonner").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void the_june_article_is_all_body_but_its_date_widget_and_read_also_line() throws Exception {
        ParsedArticle article = seed("003_bd3f7ee6ff663ce4.txt");
        assertThat(article.published()).isEqualTo("2025-06");
        // The page's "date 2025-06" widget was glued to the first sentence: it is a passage of its own, boilerplate.
        assertThat(article.passages().get(0).text()).isEqualTo("date 2025-06");
        assertThat(article.passages().get(1).text()).startsWith("La Confédération des États de l’Alliance");
        List<NewPassage> junk = article.passages().stream().filter(p -> p.kind() == PassageKind.BOILERPLATE).toList();
        assertThat(junk).extracting(NewPassage::text).containsExactly("date 2025-06", junk.get(1).text());
        assertThat(junk.get(1).text()).startsWith("Lire aussi: L’AES acte");
        assertThat(passage(article, "Le deuxième accord").kind()).isEqualTo(PassageKind.BODY);
    }

    @Test
    void the_april_article_keeps_its_last_paragraph_and_folds_the_comment_widgets() throws Exception {
        ParsedArticle article = seed("004_1f8cdc69cbcda2a4.txt");
        assertThat(article.published()).isEqualTo("2025-04-02");
        assertThat(article.metadataOrigin()).containsEntry("date", "inferred");
        assertThat(article.author()).isEqualTo("Touré Soulémane");
        assertThat(passage(article, "3 Min Read").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(passage(article, "Ad image").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(passage(article, "Par ailleurs, cette visite de 48 heures").kind()).isEqualTo(PassageKind.BODY);
        for (String widget : List.of("TAGGED:", "Share This Article", "Leave a Comment", "Laisser un commentaire", "Votre adresse e-mail")) {
            assertThat(passage(article, widget).kind()).as(widget).isEqualTo(PassageKind.BOILERPLATE);
        }
        assertThat(passage(article, "Les chefs de la diplomatie").kind()).isEqualTo(PassageKind.BODY);
    }

    @Test
    void every_seed_passage_span_selects_its_text_in_the_stored_text() throws Exception {
        try (var files = Files.list(Path.of("seeds/sources"))) {
            for (Path file : files.sorted().toList()) {
                ParsedArticle article = seed(file.getFileName().toString());
                int[] codePoints = article.storedText().codePoints().toArray();
                for (NewPassage passage : article.passages()) {
                    assertThat(new String(codePoints, passage.start(), passage.end() - passage.start()))
                            .as(file + " #" + passage.number()).isEqualTo(passage.text());
                }
            }
        }
    }
}
