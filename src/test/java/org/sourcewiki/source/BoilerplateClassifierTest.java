package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules checked on made-up pages from other kinds of sites, so they are not just a list of the seeds' lines. */
class BoilerplateClassifierTest {
    private final ArticleParser parser = new ArticleParser(new BoilerplateClassifier(BoilerplateRules.load()));

    private List<NewPassage> parse(String text) throws ImportRefusedException {
        return parser.parse("test.txt", text.getBytes(StandardCharsets.UTF_8)).passages();
    }

    private static PassageKind kindOf(List<NewPassage> passages, String start) {
        return passages.stream().filter(p -> p.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no passage starts with " + start)).kind();
    }

    @Test
    void an_english_news_page_keeps_its_article_and_folds_its_widgets() throws Exception {
        List<NewPassage> passages = parse("""
                Home News World Business Sport Culture Opinion Video Podcasts Newsletters Weather Shop More
                Sign up for our newsletter
                Sahel ministers meet in Moscow

                By Jane Doe

                5 min read

                Foreign ministers of Mali, Niger and Burkina Faso met their Russian counterpart on Thursday.

                Read more: Russia expands its presence in West Africa

                The talks covered security, energy and a planned joint force of 5,000 troops.

                Share this article
                Facebook Twitter Email
                © 2025 Example Media. All rights reserved.
                """);
        assertThat(kindOf(passages, "Home News World")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(passages, "Sign up")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(passages, "5 min read")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(passages, "Read more")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(passages, "Share this")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(passages, "Facebook Twitter")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(passages, "©")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(passages, "Sahel ministers meet")).isEqualTo(PassageKind.BODY);
        assertThat(kindOf(passages, "By Jane Doe")).isEqualTo(PassageKind.BODY);
        assertThat(kindOf(passages, "Foreign ministers")).isEqualTo(PassageKind.BODY);
        assertThat(kindOf(passages, "The talks covered")).isEqualTo(PassageKind.BODY);
    }

    @Test
    void a_read_also_line_inside_the_article_does_not_swallow_the_paragraph_after_it() throws Exception {
        List<NewPassage> passages = parse("""
                Le Niger annonce un accord.

                À lire aussi : Un autre sujet sans rapport

                Le texte de l’accord prévoit une coopération technique sur cinq ans.

                Le ministre a salué « une étape historique ».
                """);
        assertThat(kindOf(passages, "À lire aussi")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(passages, "Le texte de l’accord")).isEqualTo(PassageKind.BODY);
        assertThat(kindOf(passages, "Le ministre")).isEqualTo(PassageKind.BODY);
    }

    @Test
    void a_closing_run_of_teasers_is_marked_as_other_articles() throws Exception {
        List<NewPassage> passages = parse("""
                Un article sur la Confédération et ses partenaires, long de plusieurs phrases. Il se termine ici.

                Voir aussi : Football : la sélection qualifiée

                Les joueurs ont remporté le match décisif dimanche soir à Bamako.

                Voir aussi : Météo : fortes pluies attendues

                Des averses orageuses sont prévues sur tout le pays cette semaine.
                """);
        assertThat(kindOf(passages, "Un article")).isEqualTo(PassageKind.BODY);
        assertThat(kindOf(passages, "Les joueurs")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(passages, "Des averses")).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void a_single_read_also_before_the_last_paragraph_leaves_that_paragraph_in_the_article() throws Exception {
        List<NewPassage> passages = parse("""
                Les ministres sont à Moscou pour deux jours de consultations.

                Lire aussi : Congo : un militant interpellé

                Par ailleurs, cette visite devrait renforcer les liens entre les deux parties.

                TAGGED:
                Share This Article
                """);
        assertThat(kindOf(passages, "Par ailleurs")).isEqualTo(PassageKind.BODY);
        assertThat(kindOf(passages, "TAGGED")).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void everything_after_an_end_of_article_marker_is_boilerplate_but_not_at_the_top() throws Exception {
        // The label at the top is a section label (junk), but it does not end the article that follows it.
        String article = "Un long paragraphe de l’article qui raconte les faits en détail et qui occupe la place. ".repeat(4);
        List<NewPassage> passages = parse("Articles similaires\n\n" + article + "\n\nArticles similaires\n\n"
                + "Un autre titre\n\nUn autre résumé, d’un autre article.");
        assertThat(passages.get(0).kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(passages.get(1).kind()).isEqualTo(PassageKind.BODY);
        assertThat(kindOf(passages, "Un autre titre")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(passages, "Un autre résumé")).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void a_long_paragraph_that_mentions_a_newsletter_stays_in_the_article() throws Exception {
        List<NewPassage> passages = parse("Le ministère publie désormais une newsletter hebdomadaire, explique le porte-parole, "
                + "afin d’informer la diaspora des décisions prises en Conseil des ministres et des accords signés à Moscou.");
        assertThat(passages).singleElement().extracting(NewPassage::kind).isEqualTo(PassageKind.BODY);
    }

    @Test
    void every_rule_records_its_name_so_a_reader_sees_why() throws Exception {
        List<NewPassage> passages = parse("Suivez-nous sur Facebook\n\nLe texte de l’article, enfin.");
        assertThat(passages.get(0).kindReason()).isEqualTo("social");
        assertThat(passages.get(1).kindReason()).isEqualTo("article");
    }
}
