package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of junk (and per kind of article furniture that must stay), on made-up blocks in French and
 * English, as plain text lines and with the HTML context a reader gives (chrome container, link density, element).
 */
class BoilerplateKindsTest {
    private static final String PROSE_FR = "Le conseil municipal a adopté mardi soir le budget de l’année prochaine, "
            + "qui prévoit la rénovation de deux écoles et la construction d’un nouveau marché couvert dans le quartier nord.";
    private static final String PROSE_FR_2 = "Les travaux commenceront au printemps et dureront dix-huit mois, selon "
            + "l’adjoint chargé des finances, qui a promis de consulter les commerçants avant de fixer les loyers des étals.";
    private static final String PROSE_EN = "The council approved the budget on Tuesday evening, including the renovation "
            + "of two schools and a new covered market in the northern district of the town.";
    private static final String PROSE_EN_2 = "Work will begin in the spring and last eighteen months, the finance officer "
            + "said, adding that traders would be consulted before the rents of the stalls are set.";

    private static final String PROSE_EN_3 = "Residents of the northern district have waited nine years for the market, "
            + "which replaces the open-air stalls that were closed after the floods of 2017.";
    private static final String PROSE_FR_3 = "Les habitants du quartier nord attendent ce marché depuis neuf ans, "
            + "depuis la fermeture des étals en plein air après les inondations de 2017.";

    private final BoilerplateClassifier classifier = new BoilerplateClassifier(BoilerplateRules.load());

    /** Classifies plain-text lines and returns each line with its result, in order. */
    private Map<String, PassageClassification> text(String language, String... lines) {
        List<TextSpan> spans = new ArrayList<>();
        for (String line : lines) {
            spans.add(new TextSpan(PassageForm.PARAGRAPH, 0, line.length(), line));
        }
        return zip(spans, classifier.classify(spans, language));
    }

    private static Map<String, PassageClassification> zip(List<TextSpan> spans, List<PassageClassification> result) {
        Map<String, PassageClassification> byText = new LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            byText.put(spans.get(i).text(), result.get(i));
        }
        return byText;
    }

    private static TextSpan html(String element, String chrome, double linkDensity, String text) {
        return new TextSpan(PassageForm.PARAGRAPH, 0, text.length(), text,
                new BlockContext(element, chrome, linkDensity, linkDensity > 0 ? 1 : 0));
    }

    private static void assertJunk(Map<String, PassageClassification> result, String line, String reason) {
        assertThat(result.get(line).kind()).as(line).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(result.get(line).reason()).as(line).isEqualTo(reason);
    }

    private static void assertBody(Map<String, PassageClassification> result, String... lines) {
        for (String line : lines) {
            assertThat(result.get(line).kind()).as(line + " (" + result.get(line).reason() + ")").isEqualTo(PassageKind.BODY);
        }
    }

    @Test
    void blocks_in_page_chrome_are_junk_named_after_their_container() {
        List<TextSpan> spans = List.of(
                html("li", "nav", 1.0, "Accueil"),
                html("h1", "header", 0, "Le budget municipal adopté"),
                html("p", null, 0, PROSE_FR),
                html("p", "class:share", 1.0, "Partager sur Facebook"),
                html("p", "footer", 0, "Nous contacter et nous écrire, à toute heure."));
        List<PassageClassification> result = classifier.classify(spans, "fr");
        assertThat(result).extracting(PassageClassification::reason)
                .containsExactly("chrome:nav", "headline", "article", "chrome:class:share", "chrome:footer");
    }

    @Test
    void a_block_that_is_mostly_links_is_junk_but_a_paragraph_with_one_link_is_not() {
        List<TextSpan> spans = List.of(
                html("h1", null, 0, "The council approves its budget"),
                html("p", null, 0.1, PROSE_EN),
                html("p", null, 0.9, "Council tax rises again in the county, and other stories from the week"),
                html("p", null, 0, PROSE_EN_2));
        List<PassageClassification> result = classifier.classify(spans, "en");
        assertThat(result.get(1).kind()).isEqualTo(PassageKind.BODY);
        assertThat(result.get(2).reason()).isEqualTo("link-density");
        assertThat(result.get(3).kind()).isEqualTo(PassageKind.BODY);
    }

    @Test
    void a_byline_that_links_to_its_author_is_a_byline_not_a_link_row() {
        List<TextSpan> spans = List.of(
                html("h1", null, 0, "Le conseil adopte son budget"),
                html("p", null, 1.0, "Par Aminata Diallo"),
                html("p", null, 0, PROSE_FR),
                html("p", null, 0, PROSE_FR_2));
        List<PassageClassification> result = classifier.classify(spans, "fr");
        assertThat(result.get(1).kind()).isEqualTo(PassageKind.BODY);
        assertThat(result.get(1).reason()).isEqualTo("byline");
    }

    @Test
    void a_figcaption_is_a_caption_and_one_with_a_credit_is_a_caption_credit() {
        List<TextSpan> spans = List.of(
                html("h1", null, 0, "Le budget municipal adopté"),
                html("figcaption", null, 0, "Le maire présente le budget aux élus"),
                html("figcaption", null, 0, "© AFP"),
                html("p", null, 0, PROSE_FR));
        List<PassageClassification> result = classifier.classify(spans, "fr");
        assertThat(result).extracting(PassageClassification::reason)
                .containsExactly("headline", "caption", "caption-credit", "article");
    }

    @Test
    void a_photo_credit_is_junk_and_the_caption_next_to_it_is_a_caption() {
        var result = text("fr", "Le budget municipal adopté", "Par Awa Traoré", "Le maire devant les élus, mardi soir",
                "Photo : Awa Traoré / Reuters", PROSE_FR, PROSE_FR_2);
        assertJunk(result, "Photo : Awa Traoré / Reuters", "photo-credit");
        assertJunk(result, "Le maire devant les élus, mardi soir", "caption");
        assertBody(result, "Par Awa Traoré");
        assertBody(result, "Le budget municipal adopté");
    }

    @Test
    void a_caption_that_carries_its_credit_is_junk() {
        var result = text("en", "Council approves its budget", PROSE_EN,
                "The mayor presents the budget to councillors. Photograph: Tom Whitfield", PROSE_EN_2);
        assertJunk(result, "The mayor presents the budget to councillors. Photograph: Tom Whitfield", "caption-credit");
    }

    @Test
    void a_repeated_title_is_junk_naming_the_passage_it_repeats() {
        List<TextSpan> spans = new ArrayList<>();
        for (String line : List.of("Le budget municipal adopté", "Publié le 12 juin 2025 à 07:31", "Le budget municipal adopté", PROSE_FR)) {
            spans.add(new TextSpan(PassageForm.PARAGRAPH, 0, line.length(), line));
        }
        List<PassageClassification> classified = classifier.classify(spans, "fr");
        assertThat(classified.get(0).reason()).isEqualTo("headline");
        assertThat(classified.get(1).reason()).isEqualTo("dateline");
        assertThat(classified.get(2).reason()).isEqualTo("repeat-of-p1");
    }

    @Test
    void a_lead_printed_again_nearly_word_for_word_further_down_is_junk() {
        List<TextSpan> spans = new ArrayList<>();
        for (String line : List.of("Council approves its budget", PROSE_EN, PROSE_EN_2, PROSE_EN.replace("Tuesday", "Tuesday night"))) {
            spans.add(new TextSpan(PassageForm.PARAGRAPH, 0, line.length(), line));
        }
        List<PassageClassification> classified = classifier.classify(spans, "en");
        assertThat(classified.get(3).reason()).isEqualTo("repeat-of-p2");
    }

    @Test
    void a_teaser_list_with_section_label_and_timestamps_after_the_article_is_junk_to_the_end() {
        var result = text("fr", "Le budget municipal adopté", PROSE_FR, PROSE_FR_2, "À la une",
                "Élections locales : le calendrier enfin publié", "il y a 3 heures",
                "Le prix du riz en baisse sur les marchés", "12:45");
        assertJunk(result, "À la une", "after-article");
        assertJunk(result, "Élections locales : le calendrier enfin publié", "after-article");
        assertJunk(result, "il y a 3 heures", "timestamp");
        assertJunk(result, "12:45", "timestamp");
        assertJunk(result, "Le prix du riz en baisse sur les marchés", "after-article");
        assertBody(result, PROSE_FR_2);
    }

    @Test
    void english_teasers_with_timestamps_and_no_label_are_junk() {
        var result = text("en", "Council approves its budget", PROSE_EN, PROSE_EN_2,
                "Heatwave warning issued for the weekend", "2 hours ago",
                "Ferry operator adds summer routes to the islands", "5 hours ago");
        assertJunk(result, "Heatwave warning issued for the weekend", "after-article");
        assertJunk(result, "Ferry operator adds summer routes to the islands", "after-article");
        assertJunk(result, "5 hours ago", "timestamp");
        assertBody(result, PROSE_EN_2);
    }

    @Test
    void an_empty_published_label_is_junk_but_a_stated_date_is_the_article() {
        var result = text("fr", "Le budget municipal adopté", "Publié le:", "12 juin 2025", "Par:", "Awa Traoré",
                PROSE_FR, PROSE_FR_2);
        assertJunk(result, "Publié le:", "empty-label");
        assertJunk(result, "Par:", "empty-label");
        assertBody(result, "12 juin 2025");
        assertBody(result, "Awa Traoré");
    }

    @Test
    void widgets_ads_and_social_handles_are_junk_in_french_and_english() {
        var result = text("fr", "Le budget municipal adopté", "Tweet", "Partager", PROSE_FR, "Publicité", "PUBLICITÉ",
                PROSE_FR_2, "Commentaires via Facebook", "Sahel Matin | X", "@sahelmatin");
        assertJunk(result, "Tweet", "share");
        assertJunk(result, "Partager", "share");
        assertJunk(result, "Publicité", "ad");
        assertJunk(result, "Commentaires via Facebook", "comments");
        assertJunk(result, "Sahel Matin | X", "handle");
        assertJunk(result, "@sahelmatin", "handle");
        var english = text("en", "Council approves its budget", PROSE_EN, "— Advertisement —", PROSE_EN_2,
                "Share this article", "Leave a Reply");
        assertJunk(english, "— Advertisement —", "ad");
        assertJunk(english, "Share this article", "share");
        assertJunk(english, "Leave a Reply", "comments");
    }

    @Test
    void a_site_menu_is_junk_whether_on_one_line_or_a_word_a_line() {
        var oneLine = text("en", "Home News World Business Sport Culture Opinion", "Council approves its budget", PROSE_EN);
        assertJunk(oneLine, "Home News World Business Sport Culture Opinion", "menu");
        var wordALine = text("fr", "Accueil", "Politique", "Économie", "Sport", "Le budget municipal adopté", PROSE_FR);
        assertJunk(wordALine, "Politique", "before-title");
        assertThat(wordALine.get("Le budget municipal adopté").reason()).isEqualTo("headline");
    }

    @Test
    void a_long_headline_without_punctuation_is_never_a_link_list() {
        String headline = "Le président reçoit les ministres des affaires étrangères de la Confédération à Ouagadougou pour deux jours";
        var result = text("fr", headline, PROSE_FR, PROSE_FR_2);
        assertThat(result.get(headline).reason()).isEqualTo("headline");
    }

    @Test
    void cookie_banners_and_their_buttons_are_junk() {
        var result = text("en", "We use cookies to give you the best experience on our website. By continuing you agree to our cookie policy.",
                "Accept all", "Council approves its budget", PROSE_EN);
        assertJunk(result, "We use cookies to give you the best experience on our website. By continuing you agree to our cookie policy.", "cookie");
        assertJunk(result, "Accept all", "cookie");
        var french = text("fr", "Nous et nos partenaires utilisons des cookies pour mesurer l’audience.", "Tout accepter",
                "Le budget municipal adopté", PROSE_FR);
        assertJunk(french, "Tout accepter", "cookie");
    }

    @Test
    void a_generated_file_note_and_a_footer_are_junk() {
        var result = text("fr", "Le budget municipal adopté", PROSE_FR, PROSE_FR_2,
                "Mentions légales | Contact | Qui sommes-nous", "Fichier généré le 12/09/2025 à 10:14");
        assertJunk(result, "Mentions légales | Contact | Qui sommes-nous", "footer");
        assertJunk(result, "Fichier généré le 12/09/2025 à 10:14", "generated");
    }

    @Test
    void a_short_line_among_junk_is_junk_and_a_subheading_between_paragraphs_is_not() {
        var result = text("fr", "Le budget municipal adopté", PROSE_FR, "Un marché couvert", PROSE_FR_2, "Partager",
                "Les marchés du nord", "Tweet");
        assertThat(result.get("Un marché couvert").reason()).isEqualTo("heading");
        assertThat(result.get("Les marchés du nord").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void a_signature_after_the_article_stays_but_junk_after_it_does_not() {
        var result = text("fr", "Le budget municipal adopté", PROSE_FR, PROSE_FR_2,
                "NB : Toute reproduction, même partielle, est interdite.", "Awa Traoré", "(avec AFP)",
                "Suivez-nous sur Facebook");
        assertJunk(result, "NB : Toute reproduction, même partielle, est interdite.", "copyright");
        assertThat(result.get("Awa Traoré").reason()).isEqualTo("signature");
        assertBody(result, "(avec AFP)");
        assertJunk(result, "Suivez-nous sur Facebook", "social");
    }

    @Test
    void long_text_without_function_words_is_junk_by_stop_word_density() {
        String soup = "Immobilier Bamako Terrain Vente Location Villa Appartement Prix Achat Titre Foncier Kalaban "
                + "Sébénikoro Faladié Hamdallaye Badalabougou Torokorobougou Lafiabougou Magnambougou Sotuba Kati";
        var result = text("fr", "Le budget municipal adopté", PROSE_FR, soup);
        assertThat(result.get(soup).kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void the_language_may_be_left_out_and_is_then_guessed() {
        List<TextSpan> spans = List.of(new TextSpan(PassageForm.PARAGRAPH, 0, 5, "Tweet"),
                new TextSpan(PassageForm.PARAGRAPH, 0, PROSE_EN.length(), PROSE_EN));
        assertThat(classifier.classify(spans)).extracting(PassageClassification::kind)
                .containsExactly(PassageKind.BOILERPLATE, PassageKind.BODY);
    }

    @Test
    void a_comment_section_closes_the_article_with_the_readers_comments_in_it() {
        var result = text("fr", "Le budget municipal adopté", PROSE_FR, PROSE_FR_2, "3 commentaires",
                "Jean Dupont", "Très bonne nouvelle pour notre quartier, il était temps que la mairie s’occupe enfin des écoles du nord.");
        assertJunk(result, "3 commentaires", "comments");
        assertJunk(result, "Très bonne nouvelle pour notre quartier, il était temps que la mairie s’occupe enfin des écoles du nord.", "after-article");
    }

    @Test
    void the_article_goes_on_after_a_teaser_box_set_inside_it() {
        String third = "Les commerçants ont obtenu que les loyers restent inchangés pendant deux ans, le temps que le nouveau "
                + "marché trouve sa clientèle et que les travaux de voirie autour du bâtiment soient terminés.";
        String fourth = "Le maire a enfin annoncé une réunion publique en septembre pour présenter les plans du marché et "
                + "recueillir l’avis des habitants, qui pourront aussi déposer leurs remarques en ligne.";
        var result = text("fr", "Le budget municipal adopté", PROSE_FR, PROSE_FR_2, "Sur le même sujet",
                "Élections locales : le calendrier enfin publié", third, fourth);
        assertJunk(result, "Sur le même sujet", "after-article");
        assertJunk(result, "Élections locales : le calendrier enfin publié", "after-article");
        assertBody(result, third);
        assertBody(result, fourth);
    }

    @Test
    void a_list_of_teasers_with_dates_after_the_article_is_junk() {
        var result = text("fr", "Le budget municipal adopté", "Publié le 12 juin 2025", PROSE_FR, PROSE_FR_2,
                "Élections locales : le calendrier enfin publié", "11 juin 2025",
                "Le prix du riz en baisse sur les marchés", "10 juin 2025",
                "Un incendie ravage un entrepôt de la zone industrielle", "9 juin 2025");
        assertBody(result, "Publié le 12 juin 2025");
        assertJunk(result, "11 juin 2025", "after-article");
        assertJunk(result, "Le prix du riz en baisse sur les marchés", "after-article");
    }

    @Test
    void a_page_title_with_the_sites_name_is_junk_and_the_headline_is_kept() {
        var result = text("fr", "Le budget municipal de Kayes adopté par le conseil – Écho du Fleuve", "Accueil",
                "Le budget municipal de Kayes adopté par le conseil", "Par Awa Traoré", PROSE_FR, PROSE_FR_2);
        assertJunk(result, "Le budget municipal de Kayes adopté par le conseil – Écho du Fleuve", "page-title");
        assertThat(result.get("Le budget municipal de Kayes adopté par le conseil").reason()).isEqualTo("headline");
    }

    @Test
    void skip_links_and_page_clocks_above_the_menu_are_junk_but_a_dateline_under_the_headline_is_not() {
        var result = text("en", "Skip to main content", "Tuesday, January 28, 2025", "News", "Sport", "Business",
                "Council approves its budget", "By Emily Carter, local affairs correspondent", "28 January 2025 14.32 GMT",
                PROSE_EN, PROSE_EN_2);
        assertJunk(result, "Skip to main content", "menu");
        assertThat(result.get("Tuesday, January 28, 2025").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(result.get("Council approves its budget").reason()).isEqualTo("headline");
        assertBody(result, "By Emily Carter, local affairs correspondent");
        assertBody(result, "28 January 2025 14.32 GMT");
    }

    @Test
    void a_teaser_at_the_top_does_not_make_the_article_headline_a_repeat() {
        var result = text("en", "Breaking: Council approves its budget after a long night of debate",
                "Home News World Business Sport Culture Opinion",
                "Council approves its budget after a long night of debate", "By Emily Carter", PROSE_EN, PROSE_EN_2);
        assertThat(result.get("Council approves its budget after a long night of debate").kind()).isEqualTo(PassageKind.BODY);
    }

    @Test
    void an_interview_keeps_its_questions() {
        var result = text("fr", "« Le marché couvert sera prêt en 2027 » : entretien avec le maire",
                "Entretien réalisé par Ousmane Ba", PROSE_FR, "Pourquoi avoir choisi le quartier nord ?", PROSE_FR_2,
                "Et les commerçants ?", "Ils seront consultés dès cet été, et aucun loyer ne "
                        + "sera fixé sans leur accord, je m’y suis engagé devant le conseil et devant leurs représentants.",
                "Réagir");
        assertBody(result, "Entretien réalisé par Ousmane Ba");
        assertBody(result, "Pourquoi avoir choisi le quartier nord ?");
        assertBody(result, "Et les commerçants ?");
        assertThat(result.get("Réagir").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void newsletter_fine_print_and_form_messages_are_junk() {
        var result = text("en", "Council approves its budget", PROSE_EN,
                "We use your sign-up to provide content in ways you've consented to. You can unsubscribe at any time.",
                "Invalid email", PROSE_EN_2);
        assertJunk(result, "We use your sign-up to provide content in ways you've consented to. You can unsubscribe at any time.", "newsletter");
        assertJunk(result, "Invalid email", "newsletter");
    }

    @Test
    void in_html_the_h1_is_the_headline_and_the_article_header_keeps_its_byline() {
        List<TextSpan> spans = List.of(
                html("p", null, 0, "Le journal de la région, chaque jour"),
                html("h1", "header", 0, "Le budget municipal adopté"),
                html("p", "header", 0, "Par Awa Traoré"),
                html("p", "header", 0.0, "Mon compte"),
                html("p", null, 0, PROSE_FR),
                html("h2", null, 0, "Un marché couvert"),
                html("p", null, 0, PROSE_FR_2),
                html("p", "pdf:running", 0, "Le Journal – page 2"));
        List<PassageClassification> result = classifier.classify(spans, "fr");
        assertThat(result).extracting(PassageClassification::reason).containsExactly(
                "before-title", "headline", "byline", "chrome:header", "article", "heading", "article", "chrome:pdf:running");
    }

    @Test
    void a_short_closing_sentence_stays_but_a_contact_line_after_it_does_not() {
        var result = text("fr", "Le budget municipal adopté", PROSE_FR, PROSE_FR_2, "Affaire à suivre.",
                "Contact : redaction@exemple.ml", "Vidéo");
        assertBody(result, "Affaire à suivre.");
        assertJunk(result, "Contact : redaction@exemple.ml", "contact");
        assertJunk(result, "Vidéo", "media-placeholder");
    }

    @Test
    void long_paragraphs_that_mention_cookies_or_copyright_stay_in_the_article() {
        String cookies = "La loi impose depuis 2022 aux sites d’information de demander l’accord des lecteurs avant de déposer "
                + "des cookies publicitaires, explique la juriste. Beaucoup d’éditeurs ont choisi des bandeaux qui poussent "
                + "à tout accepter, une pratique que l’autorité de protection des données juge contraire au texte et qu’elle "
                + "a commencé à sanctionner l’an dernier par des amendes de plusieurs dizaines de milliers d’euros.";
        String copyright = "Les musiciens réclament une meilleure protection de leurs droits d’auteur sur les plateformes "
                + "d’écoute en ligne, où une chanson écoutée des millions de fois ne rapporte souvent que quelques centaines "
                + "d’euros à son auteur. Le bureau national chargé de collecter ces droits promet de renégocier les contrats "
                + "avant la fin de l’année, sans garantie de résultat.";
        var result = text("fr", "Le budget municipal adopté", PROSE_FR, cookies, copyright, PROSE_FR_2);
        assertBody(result, cookies);
        assertBody(result, copyright);
    }

    @Test
    void a_list_of_facts_closing_the_article_stays_and_a_name_slash_outlet_line_is_a_credit() {
        List<TextSpan> spans = new ArrayList<>();
        spans.add(new TextSpan(PassageForm.PARAGRAPH, 0, 1, "Council approves its budget"));
        spans.add(new TextSpan(PassageForm.PARAGRAPH, 0, 1, "The mayor presents the budget to councillors on Tuesday."));
        spans.add(new TextSpan(PassageForm.PARAGRAPH, 0, 1, "Hannah Cole / Prairie Post"));
        spans.add(new TextSpan(PassageForm.PARAGRAPH, 0, 1, PROSE_EN));
        spans.add(new TextSpan(PassageForm.PARAGRAPH, 0, 1, PROSE_EN_2));
        spans.add(new TextSpan(PassageForm.ITEM, 0, 1, "Fines for parking on the market square: 50 pounds;"));
        spans.add(new TextSpan(PassageForm.ITEM, 0, 1, "Stall rents frozen for two years."));
        spans.add(new TextSpan(PassageForm.ITEM, 0, 1, "Home"));
        List<PassageClassification> result = classifier.classify(spans, "en");
        assertThat(result).extracting(PassageClassification::reason).containsExactly(
                "headline", "caption", "photo-credit", "article", "article", "list-item", "list-item", "after-article");
    }

    @Test
    void a_line_about_the_author_is_junk_but_a_sentence_about_a_journalist_in_the_story_is_not() {
        String inStory = "Le ministre, qui est journaliste de formation, a dirigé la radio nationale pendant dix ans.";
        var result = text("fr", "Le budget municipal adopté", PROSE_FR, inStory, PROSE_FR_2,
                "Awa Traoré est journaliste au service politique du Journal du Fleuve.");
        assertJunk(result, "Awa Traoré est journaliste au service politique du Journal du Fleuve.", "author-bio");
        assertBody(result, inStory);
        var english = text("en", "Council approves its budget", "May 29, 2025 at 4:20 p.m.", PROSE_EN, PROSE_EN_2,
                "Anna Kowalski covers transportation for Metro Weekly.");
        assertBody(english, "May 29, 2025 at 4:20 p.m.");
        assertJunk(english, "Anna Kowalski covers transportation for Metro Weekly.", "author-bio");
    }

    @Test
    void a_live_blog_keeps_its_timed_entries_while_a_timed_headline_is_a_teaser() {
        var result = text("fr", "En direct : le sommet régional à Niamey",
                "12:45 – Les chefs d’État arrivent au palais des congrès, accueillis par une haie d’honneur.",
                "12:30 – Le dispositif de sécurité a été renforcé autour du quartier du fleuve depuis ce matin.",
                "Partager", "À la une", "12:05 Élections locales : le calendrier enfin publié");
        assertBody(result, "12:45 – Les chefs d’État arrivent au palais des congrès, accueillis par une haie d’honneur.");
        assertThat(result.get("12:05 Élections locales : le calendrier enfin publié").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void the_lines_of_a_list_announced_by_the_last_paragraph_stay_in_the_article() {
        var result = text("fr", "Les dix mesures contre la vie chère",
                "Le gouvernement a présenté mardi un plan de dix mesures pour faire baisser les prix des produits de "
                        + "première nécessité. En voici les principales :",
                "Suspension des droits de douane sur le riz importé", "Plafonnement du prix du pain",
                "Tweet", "Élections locales : le calendrier enfin publié");
        assertBody(result, "Suspension des droits de douane sur le riz importé");
        assertBody(result, "Plafonnement du prix du pain");
        assertThat(result.get("Élections locales : le calendrier enfin publié").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void an_all_capitals_subheading_and_a_video_headline_are_the_article() {
        var result = text("fr", "Vidéo : le maire présente le budget municipal aux habitants", PROSE_FR,
                "UN MARCHÉ COUVERT POUR LE QUARTIER NORD", PROSE_FR_2, "ACCUEIL ACTUALITÉS POLITIQUE ÉCONOMIE SPORT");
        assertThat(result.get("Vidéo : le maire présente le budget municipal aux habitants").reason()).isEqualTo("headline");
        assertThat(result.get("UN MARCHÉ COUVERT POUR LE QUARTIER NORD").reason()).isEqualTo("heading");
        assertThat(result.get("ACCUEIL ACTUALITÉS POLITIQUE ÉCONOMIE SPORT").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void view_counters_donation_prompts_and_menus_under_the_headline_are_junk_and_a_located_byline_is_not() {
        var result = text("en", "Support our journalism", "Council approves its budget",
                "News Opinion Sport Culture Lifestyle", "Grace Mwale in Lusaka", "Mon 24 Feb 2025 06.00 GMT",
                "Lu 2 345 fois", PROSE_EN, PROSE_EN_2);
        assertJunk(result, "Support our journalism", "subscribe");
        assertThat(result.get("Council approves its budget").reason()).isEqualTo("headline");
        assertJunk(result, "News Opinion Sport Culture Lifestyle", "menu");
        assertThat(result.get("Grace Mwale in Lusaka").reason()).isEqualTo("byline");
        assertBody(result, "Mon 24 Feb 2025 06.00 GMT");
        assertJunk(result, "Lu 2 345 fois", "views");
    }

    @Test
    void a_press_release_keeps_its_dateline_and_drops_its_kicker_about_section_and_paywall() {
        var result = text("fr", "COMMUNIQUÉ DE PRESSE", "Le budget municipal de Kayes adopté par le conseil",
                "KAYES, le 17 avril 2025", PROSE_FR, PROSE_FR_2, "Il vous reste 70 % de cet article à lire.",
                "À propos de la mairie de Kayes",
                "La mairie de Kayes administre la commune depuis 1960 et compte aujourd’hui plus de trois cents agents "
                        + "répartis dans douze services municipaux.");
        assertJunk(result, "COMMUNIQUÉ DE PRESSE", "kicker");
        assertThat(result.get("Le budget municipal de Kayes adopté par le conseil").reason()).isEqualTo("headline");
        assertBody(result, "KAYES, le 17 avril 2025");
        assertJunk(result, "Il vous reste 70 % de cet article à lire.", "paywall");
        assertThat(result.get("À propos de la mairie de Kayes").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void bookmark_buttons_channel_prompts_gallery_links_and_bbc_style_labels_are_told_apart() {
        var result = text("en", "Council approves its budget", "Auteur, Awa Traoré", "Role, Radio Monde Afrique, Kayes",
                "Open this photo in gallery:", "The mayor presents the budget to councillors.", "Add to favourites",
                PROSE_EN, "Click here to join our WhatsApp channel for the latest news", PROSE_EN_2);
        assertBody(result, "Auteur, Awa Traoré");
        assertBody(result, "Role, Radio Monde Afrique, Kayes");
        assertThat(result.get("The mayor presents the budget to councillors.").reason()).isEqualTo("caption");
        assertJunk(result, "Add to favourites", "share");
        assertJunk(result, "Click here to join our WhatsApp channel for the latest news", "social");
    }

    @Test
    void article_navigation_and_reaction_counters_are_junk_and_a_menu_is_never_the_headline() {
        var result = text("fr", "SeneActu", "Actualité Politique Économie Sport People Vidéos",
                "Par Rédaction SeneActu – 2 décembre 2025", PROSE_FR, PROSE_FR_2, "Article Précédent", "Article Suivant",
                "Vos réactions (12)");
        assertThat(result.get("Actualité Politique Économie Sport People Vidéos").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertJunk(result, "Article Précédent", "nav");
        assertJunk(result, "Vos réactions (12)", "comments");
    }

    @Test
    void widget_labels_in_title_case_are_no_signatures_but_names_are() {
        var result = text("en", "We value your privacy", "MORE OPTIONS", "Council approves its budget", "Tom Reilly",
                "Local Democracy Reporter", PROSE_EN, "Read More", "Rail strikes called off after pay deal", PROSE_EN_2,
                "Anna Kowalski", "Promoted Stories", "Top Trending", "Font Size");
        assertJunk(result, "We value your privacy", "cookie");
        assertThat(result.get("Council approves its budget").reason()).isEqualTo("headline");
        assertBody(result, "Tom Reilly");
        assertBody(result, "Local Democracy Reporter");
        assertJunk(result, "Rail strikes called off after pay deal", "read-also");
        assertThat(result.get("Anna Kowalski").reason()).isEqualTo("signature");
        assertThat(result.get("Promoted Stories").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(result.get("Top Trending").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(result.get("Font Size").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void a_call_for_tips_is_junk() {
        var result = text("fr", "Le budget municipal adopté", PROSE_FR, PROSE_FR_2, "Vous avez un scoop à nous transmettre?",
                "Écrivez-nous à l'adresse ou appelez-nous directement au 1 800 000-0000.");
        assertJunk(result, "Vous avez un scoop à nous transmettre?", "tip-line");
        assertJunk(result, "Écrivez-nous à l'adresse ou appelez-nous directement au 1 800 000-0000.", "tip-line");
    }

    @Test
    void kinds_first_met_on_blind_written_sites_are_junk_in_other_words_too() {
        Map<String, PassageClassification> fr = text("fr", "Vos données, votre choix", "Passer au contenu principal",
                "Titre de l’article sur le marché", PROSE_FR, "Ce contenu n’est pas disponible avec vos paramètres de témoins.",
                "Gérer mes préférences", "Écouter le podcast (12 min)", PROSE_FR_2,
                "Rectificatif : une version précédente de cet article donnait une mauvaise date.",
                "Les opinions exprimées dans cette tribune n’engagent que leurs auteurs.",
                "Aminata Traoré est journaliste à la rubrique économie depuis 2020.",
                "Faites un don pour soutenir une information libre", "Télécharger le PDF",
                "Une info à nous signaler ? Écrivez à la rédaction.");
        assertJunk(fr, "Vos données, votre choix", "consent");
        assertJunk(fr, "Passer au contenu principal", "menu");
        assertJunk(fr, "Ce contenu n’est pas disponible avec vos paramètres de témoins.", "embed-blocked");
        assertJunk(fr, "Gérer mes préférences", "consent");
        assertJunk(fr, "Écouter le podcast (12 min)", "listen");
        assertJunk(fr, "Rectificatif : une version précédente de cet article donnait une mauvaise date.", "correction");
        assertJunk(fr, "Les opinions exprimées dans cette tribune n’engagent que leurs auteurs.", "disclaimer");
        assertJunk(fr, "Aminata Traoré est journaliste à la rubrique économie depuis 2020.", "author-bio");
        assertJunk(fr, "Faites un don pour soutenir une information libre", "donate");
        assertJunk(fr, "Télécharger le PDF", "tools");
        assertJunk(fr, "Une info à nous signaler ? Écrivez à la rédaction.", "tip-line");
        assertBody(fr, PROSE_FR);
        assertBody(fr, PROSE_FR_2);

        Map<String, PassageClassification> en = text("en", "Skip to main content", "Now Playing", PROSE_EN,
                "An earlier version of this article misstated the date of the vote.",
                "The views expressed here are the author's own and do not necessarily reflect those of the institute.",
                "Get it on Google Play", "Download the Metro 5 News app for alerts", PROSE_EN_2,
                "Our reporting is funded by readers like you.", "Registered charity no. 123456",
                "Found a typo? Let us know.");
        assertJunk(en, "Skip to main content", "menu");
        assertJunk(en, "Now Playing", "video");
        assertJunk(en, "An earlier version of this article misstated the date of the vote.", "correction");
        assertJunk(en, "The views expressed here are the author's own and do not necessarily reflect those of the institute.", "disclaimer");
        assertJunk(en, "Get it on Google Play", "app");
        assertJunk(en, "Download the Metro 5 News app for alerts", "app");
        assertJunk(en, "Our reporting is funded by readers like you.", "donate");
        assertJunk(en, "Registered charity no. 123456", "footer");
        assertJunk(en, "Found a typo? Let us know.", "feedback");
        assertBody(en, PROSE_EN);
        assertBody(en, PROSE_EN_2);
    }

    @Test
    void agency_datelines_attributions_and_live_blog_entries_stay_with_the_article() {
        Map<String, PassageClassification> fr = text("fr", "Titre de l’article sur le marché",
                "KANKAN (Guinée), 3 mars (AFP) –", PROSE_FR, PROSE_FR_2, "Avec les informations de Moussa Camara");
        assertBody(fr, "KANKAN (Guinée), 3 mars (AFP) –");
        assertBody(fr, "Avec les informations de Moussa Camara");
        Map<String, PassageClassification> en = text("en", "Storm closes schools across the valley", PROSE_EN,
                "3:40 PM", PROSE_EN_2, "1:15 PM", "The city opened three warming centres for people without heat on Tuesday night.",
                "Crews expect to restore power to most homes by Thursday, the utility said in a statement.",
                "(With inputs from agencies)");
        assertBody(en, "The city opened three warming centres for people without heat on Tuesday night.");
        assertBody(en, "Crews expect to restore power to most homes by Thursday, the utility said in a statement.");
        assertBody(en, "(With inputs from agencies)");
        // A body sentence about what something covers is not an author's bio.
        Map<String, PassageClassification> body = text("en", "Canal works begin", PROSE_EN,
                "The first phase covers three canals in the southern suburbs.", PROSE_EN_2);
        assertBody(body, "The first phase covers three canals in the southern suburbs.");
    }

    @Test
    void the_headline_is_the_shorter_line_over_a_standfirst_and_never_a_banner_over_a_menu() {
        var standfirst = text("en", "Privacy settings", "Home", "News", "Sport", "Grandmother, 81, completes her 100th park run",
                "Margaret was cheered over the line by more than 300 runners as she reached the milestone in the park",
                "Kirsty McBride", "Published: 11:02, 14 Jun 2025", PROSE_EN, PROSE_EN_2);
        assertThat(standfirst.get("Grandmother, 81, completes her 100th park run").reason()).isEqualTo("headline");
        assertBody(standfirst, "Margaret was cheered over the line by more than 300 runners as she reached the milestone in the park");

        var banner = text("en", "Skip Navigation", "Storm warning in effect until 6 PM Wednesday for three counties",
                "Boise, ID", "News", "Weather", "Sports", "Traffic", "LIVE UPDATES: Ice storm leaves thousands without power",
                "Author: Staff", "Published: 6:14 AM January 22, 2025", PROSE_EN, PROSE_EN_2);
        assertThat(banner.get("LIVE UPDATES: Ice storm leaves thousands without power").reason()).isEqualTo("headline");
        assertThat(banner.get("Storm warning in effect until 6 PM Wednesday for three counties").kind())
                .isEqualTo(PassageKind.BOILERPLATE);

        var crumbs = text("en", "News / Counties / Nakuru", "Farmers turn to drip irrigation as rains fail", PROSE_EN,
                "By admin / November 20, 2025 / 0 Comments", PROSE_EN_2);
        assertJunk(crumbs, "News / Counties / Nakuru", "breadcrumb");
        assertThat(crumbs.get("Farmers turn to drip irrigation as rains fail").reason()).isEqualTo("headline");
    }

    @Test
    void counters_mastheads_tickers_advertorials_and_blog_comments_are_junk_but_a_headline_ending_in_a_year_is_not() {
        var fr = text("fr", "Agence nationale d’information – Fondée en 1987", "FLASH INFO ::: Conseil des ministres ::: Sport",
                "Tourisme : un record depuis 2019", "1 208 lectures · 0 réaction", PROSE_FR,
                "PUBLICITÉ – Contactez notre régie au 20 00 00 00", "Lecture de la vidéo", "Durée : 01:25", PROSE_FR_2,
                "SONDAGE – Faites-vous vos courses au marché ?");
        assertJunk(fr, "Agence nationale d’information – Fondée en 1987", "menu");
        assertJunk(fr, "FLASH INFO ::: Conseil des ministres ::: Sport", "ticker");
        assertThat(fr.get("Tourisme : un record depuis 2019").reason()).isEqualTo("headline");
        assertJunk(fr, "1 208 lectures · 0 réaction", "views");
        assertJunk(fr, "PUBLICITÉ – Contactez notre régie au 20 00 00 00", "ad");
        assertJunk(fr, "Lecture de la vidéo", "video");
        assertJunk(fr, "Durée : 01:25", "video");
        assertJunk(fr, "SONDAGE – Faites-vous vos courses au marché ?", "poll");
        var en = text("en", "Markets rally on cocoa prices", PROSE_EN, "SPONSORED: Open an account in ten minutes.",
                "Local journalism like this depends on you.", "Give Now", PROSE_EN_2,
                "Dana Whitfield is WBAY's environment reporter.", "The writer is a lawyer in Accra.",
                "2 thoughts on \"Markets rally on cocoa prices\"", "Yaw B. says: July 15, 2025 at 3:12 pm");
        assertJunk(en, "SPONSORED: Open an account in ten minutes.", "ad");
        assertJunk(en, "Local journalism like this depends on you.", "donate");
        assertJunk(en, "Give Now", "donate");
        assertJunk(en, "Dana Whitfield is WBAY's environment reporter.", "author-bio");
        assertJunk(en, "The writer is a lawyer in Accra.", "author-bio");
        assertThat(en.get("Yaw B. says: July 15, 2025 at 3:12 pm").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertBody(en, PROSE_EN);
        assertBody(en, PROSE_EN_2);
    }

    /** Round 21 and 22 kinds (blind-written sites), each in words other than those pages'. */
    @Test
    void ad_slots_form_fields_player_labels_and_follow_prompts_are_junk_in_other_words_too() {
        Map<String, PassageClassification> en = text("en", "Council approves its budget", PROSE_EN, "Advertisement 3",
                "This ad has not loaded yet, but the story continues below.", "Advertise with the Valley Times.",
                "Thank you for subscribing! Look in your spam folder if the first issue does not arrive.",
                "Your name *", "reCAPTCHA: prove you are a human visitor before posting", "A-  A+",
                "Pics: Dilani Fernando", "Photo courtesy of the Rowan family", "Watch: crews clear the flooded underpass",
                "Video unavailable", "Follow the Valley Times on Google News", "Audio generated by AI. Learn more",
                "Use the up and down arrow keys to change the volume.", "Manage settings",
                "Reminder, this is a Premium article and requires a subscription to read.", PROSE_EN_2);
        for (String junk : List.of("Advertisement 3", "This ad has not loaded yet, but the story continues below.",
                "Advertise with the Valley Times.")) {
            assertJunk(en, junk, "ad");
        }
        assertJunk(en, "Thank you for subscribing! Look in your spam folder if the first issue does not arrive.", "newsletter");
        assertJunk(en, "Your name *", "comments");
        assertJunk(en, "reCAPTCHA: prove you are a human visitor before posting", "comments");
        assertJunk(en, "A-  A+", "font");
        assertThat(en.get("Pics: Dilani Fernando").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("Photo courtesy of the Rowan family").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertJunk(en, "Watch: crews clear the flooded underpass", "video");
        assertJunk(en, "Video unavailable", "video");
        assertJunk(en, "Follow the Valley Times on Google News", "social");
        assertJunk(en, "Audio generated by AI. Learn more", "listen");
        assertJunk(en, "Use the up and down arrow keys to change the volume.", "listen");
        assertJunk(en, "Manage settings", "consent");
        assertJunk(en, "Reminder, this is a Premium article and requires a subscription to read.", "paywall");
        assertBody(en, PROSE_EN);
        assertBody(en, PROSE_EN_2);

        Map<String, PassageClassification> fr = text("fr", "Le budget municipal adopté", PROSE_FR, "Publicité 2",
                "Annoncez sur Écho du Fleuve", "Merci pour votre inscription ! Vérifiez vos spams.",
                "Votre pseudo *", "Écouter le journal de 7 h du 3 mars", "Lecteur audio",
                "Rejoignez la chaîne WhatsApp de la rédaction", "Suivez Écho du Fleuve sur Google Actualités",
                PROSE_FR_2);
        assertJunk(fr, "Publicité 2", "ad");
        assertJunk(fr, "Annoncez sur Écho du Fleuve", "ad");
        assertJunk(fr, "Merci pour votre inscription ! Vérifiez vos spams.", "newsletter");
        assertJunk(fr, "Votre pseudo *", "comments");
        assertJunk(fr, "Écouter le journal de 7 h du 3 mars", "listen");
        assertJunk(fr, "Lecteur audio", "listen");
        assertThat(fr.get("Rejoignez la chaîne WhatsApp de la rédaction").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertJunk(fr, "Suivez Écho du Fleuve sur Google Actualités", "social");
        assertBody(fr, PROSE_FR);
        assertBody(fr, PROSE_FR_2);
    }

    @Test
    void a_short_label_printed_three_times_between_paragraphs_is_the_templates() {
        List<String> lines = List.of("Council approves its budget", PROSE_EN, "Story text", PROSE_EN_2, "Story text",
                PROSE_EN.replace("Tuesday", "Monday"), "Story text", PROSE_EN_2.replace("spring", "summer"));
        List<TextSpan> spans = new ArrayList<>();
        for (String line : lines) {
            spans.add(new TextSpan(PassageForm.PARAGRAPH, 0, line.length(), line));
        }
        List<PassageClassification> result = classifier.classify(spans, "en");
        for (int i : new int[] {2, 4, 6}) {
            assertThat(result.get(i).reason()).isEqualTo("repeated-label");
        }
        assertThat(result.get(0).reason()).isEqualTo("headline");
        // Printed twice only, or ending like a speaker's label, it is left to the other rules.
        List<TextSpan> twice = new ArrayList<>();
        for (String line : List.of("Council approves its budget", PROSE_EN, "Mayor Hill:", PROSE_EN_2, "Mayor Hill:",
                PROSE_EN.replace("Tuesday", "Monday"), "Mayor Hill:", PROSE_EN_2.replace("spring", "summer"))) {
            twice.add(new TextSpan(PassageForm.PARAGRAPH, 0, line.length(), line));
        }
        assertThat(classifier.classify(twice, "en").get(2).reason()).isNotEqualTo("repeated-label");
    }

    @Test
    void the_article_goes_on_in_short_paragraphs_after_a_related_box_with_its_subhead() {
        // Shorter than the paragraphs above (about half), as on sites that write one or two sentences a paragraph.
        String a = "Growers expect enough pickers this year, after three seasons of shortages that left fruit to rot in the orchards.";
        String b = "About 9,000 workers will be needed at the peak of the season, most of them in the packhouses near the port.";
        var result = text("en", "Harvest set to break records", PROSE_EN, PROSE_EN_2, "Related articles",
                "Orchard prices climb as investors return", "Port prepares for its busiest autumn", "Workers are back", a, b);
        assertJunk(result, "Related articles", "after-article");
        assertJunk(result, "Port prepares for its busiest autumn", "after-article");
        assertThat(result.get("Workers are back").reason()).isEqualTo("heading");
        assertBody(result, a);
        assertBody(result, b);
    }

    @Test
    void a_standfirst_under_the_headline_and_a_section_name_over_it_are_not_the_title() {
        var result = text("en", "Driver jailed after police chase ended in a family garden",
                "Kyle Marsh reached 85mph in a 30mph zone before losing control in a residential street in Acocks Green",
                "By Dana Whitfield", PROSE_EN, PROSE_EN_2);
        assertThat(result.get("Driver jailed after police chase ended in a family garden").reason()).isEqualTo("headline");
        var section = text("en", "LIVE: roads closed as storm sweeps the north", "New Zealand", "Weather",
                "Heavy rain warnings for Northland as storm moves south", "By Liam Chen", "24 Jul, 2025 06:15 AM",
                PROSE_EN, PROSE_EN_2);
        assertThat(section.get("Heavy rain warnings for Northland as storm moves south").reason()).isEqualTo("headline");
        assertThat(section.get("24 Jul, 2025 06:15 AM").kind()).isEqualTo(PassageKind.BODY);
    }

    @Test
    void the_reporters_address_at_the_foot_is_the_articles_signature_a_press_contact_is_not() {
        var result = text("en", "Council approves its budget", "By Marcus Delorme", PROSE_EN, PROSE_EN_2,
                "mdelorme@valleytimes.example", "press@council.example");
        assertThat(result.get("mdelorme@valleytimes.example").reason()).isEqualTo("signature");
        assertThat(result.get("press@council.example").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /** Round 23 and 24 kinds (blind-written sites), each in words other than those pages'. */
    @Test
    void comment_threads_funding_notes_tickers_and_player_glyphs_are_junk_in_other_words_too() {
        Map<String, PassageClassification> fr = text("fr", "Le budget municipal adopté", PROSE_FR, "(Photo : Écho du Fleuve / A. T.)",
                "Réagissez sur cet article (12)", "Moussa K. – 03/11/2026 à 08:15", "Soyez le premier à commenter.",
                "Ce contenu est bloqué car vous avez refusé les traceurs.", "Mon édition : Kayes ▾", "Voir tout le fil",
                "Cet article a été produit grâce au soutien d’un fonds pour la presse locale.", "👁 1 204 vues",
                "▶ Le journal de 13 h en vidéo", PROSE_FR_2);
        assertThat(fr.get("(Photo : Écho du Fleuve / A. T.)").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(fr.get("Réagissez sur cet article (12)").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(fr.get("Moussa K. – 03/11/2026 à 08:15").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(fr.get("Soyez le premier à commenter.").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertJunk(fr, "Ce contenu est bloqué car vous avez refusé les traceurs.", "embed-blocked");
        assertJunk(fr, "Mon édition : Kayes ▾", "menu");
        assertJunk(fr, "Voir tout le fil", "interface");
        assertJunk(fr, "Cet article a été produit grâce au soutien d’un fonds pour la presse locale.", "disclaimer");
        assertJunk(fr, "👁 1 204 vues", "views");
        assertJunk(fr, "▶ Le journal de 13 h en vidéo", "video");
        assertBody(fr, PROSE_FR);

        Map<String, PassageClassification> en = text("en", "Council approves its budget", "SUVA, Fiji (PNA) —", PROSE_EN,
                "Markets /// Rand firms against the dollar /// Load-shedding suspended until Friday /// Rain expected",
                "Get the Valley Briefing in your inbox every weekday. It's free.", "Sign me up",
                "Before you go: we have no billionaire owner and no paywall, so we rely on readers like you.",
                "Correction, 2 March 2026: an earlier version of this story gave the wrong ward.",
                "Articles republished on Island Wire come from partner newsrooms.", "PHOTO GALLERY (12 photos)",
                "Correspondent in Lautoka", PROSE_EN_2);
        assertThat(en.get("SUVA, Fiji (PNA) —").kind()).isEqualTo(PassageKind.BODY);
        assertJunk(en, "Markets /// Rand firms against the dollar /// Load-shedding suspended until Friday /// Rain expected", "ticker");
        assertJunk(en, "Get the Valley Briefing in your inbox every weekday. It's free.", "newsletter");
        assertJunk(en, "Sign me up", "newsletter");
        assertJunk(en, "Before you go: we have no billionaire owner and no paywall, so we rely on readers like you.", "donate");
        assertJunk(en, "Correction, 2 March 2026: an earlier version of this story gave the wrong ward.", "correction");
        assertJunk(en, "Articles republished on Island Wire come from partner newsrooms.", "disclaimer");
        assertThat(en.get("PHOTO GALLERY (12 photos)").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("Correspondent in Lautoka").kind()).isEqualTo(PassageKind.BODY);
        assertBody(en, PROSE_EN_2);
    }

    @Test
    void a_consent_banners_heading_a_list_of_sister_titles_and_a_menu_over_the_article_are_never_the_headline() {
        var banner = text("fr", "Passer au contenu", "Votre vie privée compte pour nous",
                "Nous utilisons des cookies et des traceurs pour mesurer l’audience et personnaliser les publicités.",
                "Tout accepter", "Personnaliser mes choix", "Le Réveil de Kayes", "Le Journal de Kita", "La Voix de Nioro",
                "Actualités", "Sports", "Culture", "Avis de décès", "Le budget municipal de Kayes enfin adopté",
                "Par Awa Traoré", PROSE_FR, PROSE_FR_2);
        assertThat(banner.get("Le budget municipal de Kayes enfin adopté").reason()).isEqualTo("headline");
        assertThat(banner.get("Votre vie privée compte pour nous").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(banner.get("Le Journal de Kita").kind()).isEqualTo(PassageKind.BOILERPLATE);

        var menu = text("fr", "Mon actu  Faits divers – Justice  Politique  Économie  Sport  Loisirs  Météo",
                "EN CONTINU", "18h52  Kayes : la route de Bamako rouverte après l’accident",
                "17h10  Kita : le marché couvert fermé pour travaux", "Voir tout le fil", "Accueil  >  Région  >  Kayes",
                "Transports", "Kayes : les bus seront gratuits le samedi dès janvier", PROSE_FR, "Par Awa Traoré", PROSE_FR_2);
        assertThat(menu.get("Kayes : les bus seront gratuits le samedi dès janvier").reason()).isEqualTo("headline");
    }

    /** Round 25 and 26 kinds (blind-written sites), each in words other than those pages'. */
    @Test
    void print_edition_notes_meters_player_times_and_betting_ads_are_junk_in_other_words_too() {
        Map<String, PassageClassification> en = text("en", "Council approves its budget", "By Amy Dorsey and Raj Patel",
                PROSE_EN, "Photographs by Lena Ortiz", "This story appears in the May 2026 issue of Harbour Monthly.",
                "Got thoughts on this article? Write to us at post@harbour.example", "You've read 3 of your 4 free articles this month.",
                "Listen - 03:12", "Add to my list", "External content", "Story continues",
                "Bet on the derby with KickBet: 200% bonus on your first deposit.",
                "Update, 4 April 2026: this article was updated with the final figures.",
                "Was this article helpful?", "Yes  No", "Spotted a rumour? Tell us on WhatsApp or by e-mail.",
                "We rely on readers like you to keep this work free.", PROSE_EN_2, "Sources",
                "City Council, budget papers for 2026, March 2026", "Statement from the finance office, 2 April 2026");
        assertThat(en.get("By Amy Dorsey and Raj Patel").kind()).isEqualTo(PassageKind.BODY);
        assertThat(en.get("Photographs by Lena Ortiz").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("You've read 3 of your 4 free articles this month.").kind()).isEqualTo(PassageKind.BOILERPLATE);
        for (String junk : List.of("Listen - 03:12", "Add to my list", "External content", "Story continues",
                "Bet on the derby with KickBet: 200% bonus on your first deposit.",
                "Update, 4 April 2026: this article was updated with the final figures.", "Was this article helpful?",
                "Yes  No", "Spotted a rumour? Tell us on WhatsApp or by e-mail.",
                "We rely on readers like you to keep this work free.")) {
            assertThat(en.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
        assertJunk(en, "This story appears in the May 2026 issue of Harbour Monthly.", "print-edition");
        // The article's own list of sources, after its last paragraph, stays with it.
        assertThat(en.get("Sources").kind()).isEqualTo(PassageKind.BODY);
        assertBody(en, "City Council, budget papers for 2026, March 2026");
        assertBody(en, PROSE_EN_2);

        Map<String, PassageClassification> fr = text("fr", "Le budget municipal adopté", "BAMAKO, juin 3 (AMAP) -", PROSE_FR,
                "Écouter aussi", "Accepter et afficher", "Les jeux d’argent sont interdits aux mineurs de moins de 18 ans.",
                "Télécharger le rapport (PDF – 1,2 Mo)", "Article suivant : Kita accueille le forum régional",
                "Pour rappel", PROSE_FR_2);
        assertThat(fr.get("BAMAKO, juin 3 (AMAP) -").kind()).isEqualTo(PassageKind.BODY);
        for (String junk : List.of("Écouter aussi", "Accepter et afficher", "Les jeux d’argent sont interdits aux mineurs de moins de 18 ans.",
                "Télécharger le rapport (PDF – 1,2 Mo)", "Article suivant : Kita accueille le forum régional")) {
            assertThat(fr.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
    }

    @Test
    void the_headline_is_the_line_with_the_articles_byline_and_date_under_it_not_a_switcher_over_the_clock() {
        var result = text("fr", "FR  EN  عربي", "Mardi 12 mai 2026", "Se connecter", "LE MATIN DE KAYES", "Actualités", "Sports",
                "Culture", "Kayes : le marché couvert rouvre après deux ans de travaux", PROSE_FR, "Par Awa Traoré le 12 mai 2026",
                PROSE_FR_2);
        assertThat(result.get("Kayes : le marché couvert rouvre après deux ans de travaux").reason()).isEqualTo("headline");
        assertThat(result.get("FR  EN  عربي").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void a_run_of_tags_after_the_article_is_no_signature() {
        var result = text("en", "Council approves its budget", "By Amy Dorsey", PROSE_EN, PROSE_EN_2, "Amy Dorsey",
                "Bus Fares", "Fuel Prices", "Northern Bypass");
        assertThat(result.get("Amy Dorsey").reason()).isEqualTo("signature");
        assertThat(result.get("Bus Fares").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(result.get("Northern Bypass").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /** Round 27 and 28 kinds (blind-written sites), each in words other than those pages'. */
    @Test
    void mood_meters_comment_rules_series_boxes_and_ai_summary_notes_are_junk_in_other_words_too() {
        Map<String, PassageClassification> en = text("en", "Council approves its budget", "From Grace Okafor, Enugu",
                "Published: Mar 03, 2026 6:00 AM", "About 5 minutes read", "Social Sharing",
                "This summary is AI-generated and may contain errors; read the full story.", PROSE_EN,
                "Duration 2:41", "How does this story make you feel?", "Glad", "12.5%", "Worried", "50.0%", "Bored", "37.5%",
                PROSE_EN_2, "With files from Morning Edition", "By submitting a comment, you agree to our community rules.",
                "No comments yet", "Become a Valley+ member for as low as $5 a month.",
                "Liam Ortiz covers city hall for the Valley Times.");
        assertThat(en.get("From Grace Okafor, Enugu").kind()).isEqualTo(PassageKind.BODY);
        assertThat(en.get("Published: Mar 03, 2026 6:00 AM").kind()).isEqualTo(PassageKind.BODY);
        assertThat(en.get("With files from Morning Edition").kind()).isEqualTo(PassageKind.BODY);
        for (String junk : List.of("About 5 minutes read", "Social Sharing",
                "This summary is AI-generated and may contain errors; read the full story.", "Duration 2:41",
                "How does this story make you feel?", "By submitting a comment, you agree to our community rules.",
                "No comments yet", "Become a Valley+ member for as low as $5 a month.",
                "Liam Ortiz covers city hall for the Valley Times.")) {
            assertThat(en.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
        for (String choice : List.of("Glad", "12.5%", "Worried", "50.0%", "Bored", "37.5%")) {
            assertJunk(en, choice, "label-run");
        }
        assertBody(en, PROSE_EN);
        assertBody(en, PROSE_EN_2);

        Map<String, PassageClassification> fr = text("fr", "Le budget municipal adopté", PROSE_FR,
                "Cet article fait partie du dossier « Nos villes en chantier ».", "Cet article vous est offert par Marie L., abonnée.",
                "Rejoignez le canal WhatsApp de la rédaction", "Vous avez des informations à nous signaler ? Écrivez-nous.",
                "© Reuters.", PROSE_FR_2);
        for (String junk : List.of("Cet article fait partie du dossier « Nos villes en chantier ».",
                "Cet article vous est offert par Marie L., abonnée.", "Rejoignez le canal WhatsApp de la rédaction",
                "Vous avez des informations à nous signaler ? Écrivez-nous.", "© Reuters.")) {
            assertThat(fr.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
    }

    @Test
    void a_list_the_article_announces_keeps_its_short_items_and_a_headline_over_a_standfirst_of_the_same_length_is_the_title() {
        var list = text("en", "Council approves its budget", PROSE_EN, "Under the deal, the carrier must also:",
                "appoint a compliance officer;", "file reports on its outage procedures every six months for three years.",
                PROSE_EN_2);
        assertBody(list, "file reports on its outage procedures every six months for three years.");
        var title = text("en", "Ferry to Mill Cove will carry its first passengers next summer, city says",
                "New fast ferry will cut the commute from Bedford to downtown to about 25 minutes",
                "Published: Nov 04, 2025 5:00 AM", PROSE_EN, PROSE_EN_2);
        assertThat(title.get("Ferry to Mill Cove will carry its first passengers next summer, city says").reason()).isEqualTo("headline");
    }

    /** Round 29 and 30 kinds (blind-written sites), each in words other than those pages'. */
    @Test
    void a_comments_link_under_the_byline_does_not_end_the_article_and_round_29_30_kinds_are_junk() {
        String third = "The council said the closure would begin in November and last until the end of May, when the new "
                + "roof and the heating system are expected to be finished and inspected.";
        var en = text("en", "Pool to shut for seven months as roof is replaced", "Swimmers will travel to other towns.",
                "By Kirsty Lamond", "Join the conversation", "12 comments", "Tweet", "pool-roof-works-2025.jpg",
                PROSE_EN, PROSE_EN_2, third, "You are reading a subscriber-only story.", "(Dana Reyes / Valley Times)",
                "Get the morning headlines delivered daily", "This form is protected by reCAPTCHA and the Google Privacy Policy.",
                "Originally published: May 21, 2026 at 5:00 AM");
        assertBody(en, PROSE_EN);
        assertBody(en, PROSE_EN_2);
        assertBody(en, third);
        assertThat(en.get("Originally published: May 21, 2026 at 5:00 AM").kind()).isEqualTo(PassageKind.BODY);
        for (String junk : List.of("Join the conversation", "Tweet", "pool-roof-works-2025.jpg",
                "You are reading a subscriber-only story.", "(Dana Reyes / Valley Times)",
                "Get the morning headlines delivered daily", "This form is protected by reCAPTCHA and the Google Privacy Policy.")) {
            assertThat(en.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
        var fr = text("fr", "Le budget municipal adopté", PROSE_FR, "Cet audio a été généré automatiquement.",
                "Ce contenu externe ne peut pas être affiché sans votre accord.", "Plus d’infos",
                "Super U Kayes – Toutes vos promos de la semaine", PROSE_FR_2, "Sujet radio: Claire Monnier",
                "Adaptation web: Julien Favre", "jfa avec ats");
        for (String junk : List.of("Cet audio a été généré automatiquement.",
                "Ce contenu externe ne peut pas être affiché sans votre accord.", "Plus d’infos",
                "Super U Kayes – Toutes vos promos de la semaine")) {
            assertThat(fr.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
        for (String signature : List.of("Sujet radio: Claire Monnier", "Adaptation web: Julien Favre", "jfa avec ats")) {
            assertThat(fr.get(signature).kind()).as(signature).isEqualTo(PassageKind.BODY);
        }
    }

    /** Round 31 and 32: a stray paragraph of page matter above the article's header, and a section's closing list. */
    @Test
    void a_site_blurb_above_the_header_does_not_take_the_title_and_more_in_this_section_ends_the_article() {
        var result = text("en", "Skip to content", "Valley Dispatch", "Your independent news service", "News", "Politics",
                "Health", "Valley Dispatch is a not-for-profit newsroom funded by its readers, and every pound helps us report.",
                "Health", "Waiting lists for knee operations fall for a sixth month", "Health Correspondent",
                "By Gwen Pritchard", "19 Feb 2026", PROSE_EN, PROSE_EN_2, "More in this section",
                "Flu cases pass their peak for the winter", "Solar grant scheme opens a third round");
        assertThat(result.get("Waiting lists for knee operations fall for a sixth month").reason()).isEqualTo("headline");
        assertThat(result.get("Your independent news service").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(result.get("Flu cases pass their peak for the winter").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertBody(result, PROSE_EN);
    }

    /** Round 33 and 34: a caption written as a sentence is told by its credit, and an alternative text by its caption. */
    @Test
    void a_caption_that_reads_as_a_sentence_is_told_by_its_credit_and_the_alt_text_over_it_by_its_caption() {
        String caption = "Volunteers stack sandbags along the river wall in the old town on Saturday afternoon.";
        String alt = "Volunteers stacking sandbags by a river wall.";
        var result = text("en", "River wall raised as storm nears", "By Ewan Baird", "3 March 2026", PROSE_EN,
                alt, caption, "Photo: Kelso Gazette / R. Innes", PROSE_EN_2, "Crews will return on Monday.");
        assertJunk(result, caption, "caption");
        assertJunk(result, alt, "alt-text");
        assertBody(result, PROSE_EN);
        assertBody(result, PROSE_EN_2);
        var fileName = text("fr", "Une digue relevée avant la tempête", "Par Jeanne Roux", PROSE_FR,
                "digue-quai-tempete-mars", "Des bénévoles remplissent des sacs de sable sur le quai, samedi.",
                "© Le Courrier / J. R.", PROSE_FR_2);
        assertThat(fileName.get("digue-quai-tempete-mars").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertJunk(fileName, "Des bénévoles remplissent des sacs de sable sur le quai, samedi.", "caption");
        // A paragraph that ends the article over an agency's code is no caption: the article does not resume.
        String last = "The works are financed by the regional council and the town, and they should be finished before the summer season begins.";
        var agency = text("en", "River wall raised as storm nears", PROSE_EN, PROSE_EN_2, last, "© KG / RI", "Share");
        assertBody(agency, last);
        // A figcaption already holds the picture's caption: the subhead after its credit stays the article's.
        var html = classifier.classify(List.of(html("h1", null, 0, "River wall raised as storm nears"),
                html("p", null, 0, PROSE_EN), html("figcaption", null, 0, "The river wall at dawn on Saturday."),
                html("p", null, 0, "Photo: Kelso Gazette / R. Innes"), html("h2", null, 0, "A wall built in 1890"),
                html("p", null, 0, PROSE_EN_2)), "en");
        assertThat(html.get(4).kind()).isEqualTo(PassageKind.BODY);
    }

    /** Round 33 and 34: a poll, a row of items set apart by spaces, an author box, a signature with a role note. */
    @Test
    void polls_spaced_menus_and_author_boxes_are_junk_and_a_signature_with_a_note_is_not() {
        var poll = text("fr", "Les cantines passent au bio", PROSE_FR, PROSE_FR_2, "Donnez votre avis",
                "Votre enfant mange-t-il à la cantine ?", "Oui, tous les jours", "Parfois", "Jamais",
                "Voir les résultats");
        for (String junk : List.of("Donnez votre avis", "Votre enfant mange-t-il à la cantine ?", "Oui, tous les jours",
                "Parfois", "Jamais")) {
            assertThat(poll.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
        assertBody(poll, PROSE_FR_2);
        String spaced = "Who we are  Contact us  Advertising  Careers  Terms of use";
        String typed = "The council met on Tuesday.  It approved the budget after a long debate on the market rents.";
        var menu = text("en", "Council approves its budget", PROSE_EN, typed, PROSE_EN_2, spaced);
        assertJunk(menu, spaced, "menu");
        assertBody(menu, typed);
        var box = text("en", "Council approves its budget", "By Mary Tembo", PROSE_EN, PROSE_EN_2, "Mary Tembo",
                "Mary Tembo is a reporter at the Lusaka Courier covering local government.", "View all posts");
        assertJunk(box, "Mary Tembo", "author-bio");
        var note = text("fr", "Le budget municipal adopté", "Par la rédaction", PROSE_FR, PROSE_FR_2,
                "Aminata KORA (Coll.)", "Partager");
        assertBody(note, "Aminata KORA (Coll.)");
        var navigation = text("fr", "Carnets de route", "Enquêtes Chroniques Podcasts À propos",
                "Trois jours sur le fleuve avec les bateliers", "19 janvier 2025", "par Anne Roy", PROSE_FR, PROSE_FR_2);
        assertJunk(navigation, "Enquêtes Chroniques Podcasts À propos", "menu");
        assertThat(navigation.get("Trois jours sur le fleuve avec les bateliers").reason()).isEqualTo("headline");
        var items = text("fr", "Les loyers augmentent encore", PROSE_FR, "Les communes les plus chères sont :",
                "Esch-sur-Alzette (28,40 euros) ;", "Differdange (25,10 euros) ;", "Dudelange (24,90 euros).", PROSE_FR_2);
        assertBody(items, "Esch-sur-Alzette (28,40 euros) ;");
    }

    /** Round 33 and 34: where the article reopens after a box set inside it, and what closes it. */
    @Test
    void the_article_reopens_after_a_box_with_its_subhead_list_or_short_sentences_and_keeps_a_last_section() {
        var list = text("fr", "La piscine fermée tout l’été", PROSE_FR, PROSE_FR_2, PROSE_FR_3, "Lire aussi",
                "Baignade : notre carte des plages surveillées du département", "Ce qui reste ouvert",
                "La Ville propose plusieurs solutions :", "le bassin couvert restera ouvert aux horaires habituels ;",
                "une navette gratuite reliera le centre au lac le mercredi.",
                "Le chantier est estimé à 1,2 million d’euros, dont un tiers financé par le Département et le reste par la commune.",
                "La réouverture est annoncée pour la rentrée, sous réserve de la météo et de la livraison des carrelages.");
        assertJunk(list, "Baignade : notre carte des plages surveillées du département", "after-article");
        for (String body : List.of("Ce qui reste ouvert", "La Ville propose plusieurs solutions :",
                "le bassin couvert restera ouvert aux horaires habituels ;",
                "une navette gratuite reliera le centre au lac le mercredi.")) {
            assertBody(list, body);
        }
        var shortOnes = text("en", "Bus drivers vote to strike", PROSE_EN, PROSE_EN_2, PROSE_EN_3, "Related articles",
                "Ferry fares to rise from July", "Driver shortage: 40 routes still cut",
                "The operator said it had offered a 4 per cent rise and was reviewing the rosters.",
                "\"We want an agreement,\" a spokeswoman said on Tuesday evening.",
                "About 60,000 trips are taken on the network on a weekday.", "Share this article");
        assertJunk(shortOnes, "Ferry fares to rise from July", "after-article");
        assertBody(shortOnes, "\"We want an agreement,\" a spokeswoman said on Tuesday evening.");
        var teasers = text("fr", "Le budget municipal adopté", PROSE_FR, PROSE_FR_2, PROSE_FR_3, "Les plus lus",
                "Dosso : remise de kits scolaires à 3 000 élèves du primaire (20 oct. 2025)",
                "Maradi : le marché de bétail de la ville réhabilité par la région (19 oct. 2025)",
                "Diffa : une caravane de sensibilisation sur la paix dans les villages (18 oct. 2025)");
        assertThat(teasers.get("Diffa : une caravane de sensibilisation sur la paix dans les villages (18 oct. 2025)")
                .kind()).isEqualTo(PassageKind.BOILERPLATE);
        var last = text("fr", "Annecy renverse Grenoble", PROSE_FR, PROSE_FR_2, "La fiche technique",
                "Annecy – Grenoble : 2-1 (0-1). Parc des Sports, 9 000 spectateurs.", "Partager");
        assertBody(last, "La fiche technique");
        var readMore = text("en", "Ferry repairs run late again", PROSE_EN, PROSE_EN_2, "Read more:",
                "Council tax freeze ends as the city sets a 6% rise", "Rail fares to rise by 3.8% from April, operator confirms",
                "'We can't plan anything'", PROSE_EN_3,
                "Shop owners on the island said the delay came at the worst time, with the tourist season weeks away.");
        assertThat(readMore.get("Rail fares to rise by 3.8% from April, operator confirms").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
        assertBody(readMore, "'We can't plan anything'");
    }

    /** Round 33 and 34 kinds, each in words other than those pages'. */
    @Test
    void donation_appeals_hosted_content_notes_weather_readings_and_timed_corrections_are_junk_in_other_words_too() {
        String third = "The council said the closure would begin in November and last until the end of May.";
        var en = text("en", "Pool to shut for seven months", "By Kirsty Lamond", PROSE_EN,
                "Keep our reporting free by becoming a monthly supporter. It takes a minute.",
                "Met: 22°C · 81% humidity · Thunderstorm warning", PROSE_EN_2, third,
                "This map is hosted by a third party. By showing the external content you accept its terms.",
                "Correction 14:05: A previous version of this article gave the wrong opening date.",
                "The Courier is an impartial platform and does not necessarily share the views of its columnists.",
                "Latest from The Courier", "Flu cases pass their peak for the winter",
                "Harbourside ferry timetable changes from Monday");
        for (String junk : List.of("Keep our reporting free by becoming a monthly supporter. It takes a minute.",
                "Met: 22°C · 81% humidity · Thunderstorm warning",
                "This map is hosted by a third party. By showing the external content you accept its terms.",
                "Correction 14:05: A previous version of this article gave the wrong opening date.",
                "The Courier is an impartial platform and does not necessarily share the views of its columnists.",
                "Flu cases pass their peak for the winter", "Harbourside ferry timetable changes from Monday")) {
            assertThat(en.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
        assertBody(en, third);
        var captions = text("en", "Pool to shut for seven months", PROSE_EN,
                "Swimmers in the outdoor pool on Sunday. Photo / Ana Ruiz", PROSE_EN_2,
                "The empty pool in March. – Picture by staff photographer", "Lifeguards on duty. File photo: Jo Lee/Courier.",
                third);
        for (String junk : List.of("Swimmers in the outdoor pool on Sunday. Photo / Ana Ruiz",
                "The empty pool in March. – Picture by staff photographer", "Lifeguards on duty. File photo: Jo Lee/Courier.")) {
            assertThat(captions.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
        var fr = text("fr", "Le budget municipal adopté", PROSE_FR, "PHOTO « LE COURRIER »", PROSE_FR_2,
                "Soutenez la liberté de la presse : devenez donateur de la rédaction.");
        assertThat(fr.get("PHOTO « LE COURRIER »").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(fr.get("Soutenez la liberté de la presse : devenez donateur de la rédaction.").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
    }

    /** Round 35 and 36: a breadcrumb shaped like a credit over the headline, a long standfirst without its full stop. */
    @Test
    void a_breadcrumb_shaped_like_a_credit_never_makes_the_headline_a_caption_nor_a_long_standfirst_a_link_list() {
        String headline = "Ferry crews to get a rest-break rule as operators struggle to hire";
        String standfirst = "The marine department says crews on long routes must rest for at least an hour after six hours "
                + "on duty from the first of May";
        var result = text("en", "Skip to main content", "Harbour / Transport", headline, standfirst, "Lee Ka-man",
                "Published: 6:00am, 22 Jan 2026", PROSE_EN, PROSE_EN_2);
        assertThat(result.get(headline).reason()).isEqualTo("headline");
        assertBody(result, standfirst);
    }

    /** Round 35 and 36 kinds, each in words other than those pages'. */
    @Test
    void mobile_money_codes_trust_notes_consent_lines_and_coffee_appeals_are_junk_in_other_words_too() {
        var en = text("en", "Pool to shut for seven months", "By Kirsty Lamond", PROSE_EN, "Why you can trust the Courier",
                "Listen Now 3:12", "Story continues below advertisement", "MoneyGo – send cash free to any network. Dial *120#",
                "Bank of the Coast – car loans at 9%. Apply online today. Terms and conditions apply.", PROSE_EN_2,
                "By signing up, you agree to our terms and consent to receiving offers from our partners.",
                "Quality journalism costs money. Back the Courier for the price of a coffee.",
                "This is a premium article. Thank you for supporting independent journalism.", "More on this story",
                "Flu cases pass their peak for the winter");
        for (String junk : List.of("Why you can trust the Courier", "Listen Now 3:12", "Story continues below advertisement",
                "MoneyGo – send cash free to any network. Dial *120#",
                "Bank of the Coast – car loans at 9%. Apply online today. Terms and conditions apply.",
                "By signing up, you agree to our terms and consent to receiving offers from our partners.",
                "Quality journalism costs money. Back the Courier for the price of a coffee.",
                "This is a premium article. Thank you for supporting independent journalism.",
                "Flu cases pass their peak for the winter")) {
            assertThat(en.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
        assertBody(en, PROSE_EN_2);
        var fr = text("fr", "Le budget municipal adopté", PROSE_FR, "Voix générée par intelligence artificielle",
                "Les quais de Seine un dimanche matin. AB/Jean Morel", PROSE_FR_2,
                "Nos séjours d’été — à partir de 199 € — J’en profite");
        for (String junk : List.of("Voix générée par intelligence artificielle",
                "Les quais de Seine un dimanche matin. AB/Jean Morel", "Nos séjours d’été — à partir de 199 € — J’en profite")) {
            assertThat(fr.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
    }

    /** Round 37 and 38: a byline with its role and handle, an outlet's line with its time and date, closing initials. */
    @Test
    void a_byline_with_role_and_handle_and_an_outlets_dated_line_keep_the_headline_under_a_section_crumb() {
        String headline = "Ferry fares frozen in the bay until the end of March, says port authority";
        var result = text("en", "Sign In", "NEWS / REGIONS", headline, "By: Ana Cruz - Reporter / @AnaCruzBCN",
                "Bay Daily / 02:14 PM November 23, 2026", "Facebook  X  Viber  Email", PROSE_EN, PROSE_EN_2, "/jpv",
                "Also Read", "Port workers to get new shift pattern from January", "Island schools add a third ferry run");
        assertThat(result.get(headline).reason()).isEqualTo("headline");
        assertBody(result, "By: Ana Cruz - Reporter / @AnaCruzBCN");
        assertBody(result, "Bay Daily / 02:14 PM November 23, 2026");
        assertBody(result, "/jpv");
        assertThat(result.get("Port workers to get new shift pattern from January").kind()).isEqualTo(PassageKind.BOILERPLATE);
        var pair = text("en", "Storm leaves thousands without power", "Niamh Burke, Eoin Ó Dúill", "22 Oct 2026",
                PROSE_EN, PROSE_EN_2);
        assertBody(pair, "Niamh Burke, Eoin Ó Dúill");
    }

    /** Round 37 and 38 kinds, each in words other than those pages'. */
    @Test
    void free_article_badges_consent_buttons_usefulness_polls_and_moderation_notes_are_junk_in_other_words_too() {
        var fr = text("fr", "La piscine rouvre ses portes", "Article gratuit", PROSE_FR, "Tout accepter   Paramétrer",
                PROSE_FR_2, "Cet article vous a-t-il été utile ?",
                "Avertissement : les commentaires racistes ou injurieux seront supprimés sans préavis.");
        for (String junk : List.of("Article gratuit", "Tout accepter   Paramétrer", "Cet article vous a-t-il été utile ?",
                "Avertissement : les commentaires racistes ou injurieux seront supprimés sans préavis.")) {
            assertThat(fr.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
        var en = text("en", "Fuel prices rise again", PROSE_EN, "Key points:", "Prices rose by 8 shillings a litre.",
                PROSE_EN_2, "From Our Partners", "Win a holiday for two on the coast");
        assertThat(en.get("Key points:").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("Win a holiday for two on the coast").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /** Photo credits in the shapes left over from rounds 13 to 38, in other words; the caption over each goes too. */
    @Test
    void credits_with_initials_abbreviations_parentheses_and_the_agency_first_tell_their_caption() {
        for (String credit : List.of("© M.-L. R.", "Ph. Le Journal du Centre", "La Voix du Sud - A. B.",
                "(Photo d'archives Le Courrier)", "PHOTO AGENCE PRESSE, MARIE TREMBLAY")) {
            String caption = "Des enfants jouent dans la cour de l’école rénovée, lundi matin.";
            var result = text("fr", "L’école rouvre après deux ans de travaux", "Partager", "Facebook", "Imprimer", caption,
                    credit, PROSE_FR, PROSE_FR_2);
            assertThat(result.get(credit).kind()).as(credit).isEqualTo(PassageKind.BOILERPLATE);
            assertThat(result.get(caption).reason()).as(caption + " over " + credit).startsWith("caption");
            assertBody(result, PROSE_FR);
        }
    }

    /** Topic tags under the article, under a label without its colon or with no label at all, are no signature. */
    @Test
    void names_among_topic_tags_are_tags_while_a_lone_name_under_the_text_stays_its_signature() {
        var labelled = text("en", "Market hall to reopen in spring", PROSE_EN, PROSE_EN_2, "Related Topics",
                "Harbour District", "Markets", "City Council");
        var bare = text("fr", "Le marché couvert rouvrira au printemps", PROSE_FR, PROSE_FR_2, "Partager cet article",
                "Commerce", "Office du Tourisme", "Marchés");
        for (var result : List.of(labelled, bare)) {
            for (var entry : result.entrySet()) {
                if (List.of("Harbour District", "City Council", "Office du Tourisme").contains(entry.getKey())) {
                    assertThat(entry.getValue().kind()).as(entry.getKey()).isEqualTo(PassageKind.BOILERPLATE);
                }
            }
        }
        var signed = text("fr", "Le marché couvert rouvrira au printemps", PROSE_FR, PROSE_FR_2, "Hélène Marchal",
                "Partager cet article", "Facebook", "X");
        assertThat(signed.get("Hélène Marchal").reason()).isEqualTo("signature");
    }

    /** Round 39 and 40 kinds, each in words other than those pages'. */
    @Test
    void update_notes_counted_comments_summary_boxes_app_alerts_and_helplines_are_junk_in_other_words_too() {
        var en = text("en", "Bridge reopens two weeks early", "Metro Desk", PROSE_EN, "At a glance:", "Loading...",
                "Duration: 1 minute 40 seconds", PROSE_EN_2,
                "If you or someone you know is struggling, call the crisis line on 0800 000 000.",
                "Get breaking news on your phone with alerts from the Valley Post app.",
                "Catch all the latest Valley News here.", "This story has been updated with a statement from the mayor.",
                "Commenting Guidelines", "Email address");
        assertThat(en.get("Metro Desk").kind()).isEqualTo(PassageKind.BODY);
        for (String junk : List.of("At a glance:", "Loading...", "Duration: 1 minute 40 seconds",
                "If you or someone you know is struggling, call the crisis line on 0800 000 000.",
                "Get breaking news on your phone with alerts from the Valley Post app.",
                "Catch all the latest Valley News here.", "This story has been updated with a statement from the mayor.",
                "Commenting Guidelines", "Email address")) {
            assertThat(en.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
        var fr = text("fr", "La piscine rouvre ses portes", PROSE_FR, "Réactions (23)",
                "Ce résumé a été rédigé avec l’aide d’une intelligence artificielle et relu par la rédaction.", PROSE_FR_2,
                "Chaque semaine, le meilleur de la région. Abonnez-vous gratuitement.");
        for (String junk : List.of("Réactions (23)",
                "Ce résumé a été rédigé avec l’aide d’une intelligence artificielle et relu par la rédaction.",
                "Chaque semaine, le meilleur de la région. Abonnez-vous gratuitement.")) {
            assertThat(fr.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
        // Prose that merely mentions signing up for free stays the article's.
        var prose = text("en", "Flood warnings extended", PROSE_EN,
                "Residents can sign up for free text alerts from the county, which sent 4,000 messages last winter.",
                PROSE_EN_2);
        assertBody(prose, "Residents can sign up for free text alerts from the county, which sent 4,000 messages last winter.");
    }

    /** A site's motto over its menu is no headline; a caption under its credit and over the byline is a caption. */
    @Test
    void the_headline_over_the_first_paragraph_wins_over_a_motto_and_a_clock_above_a_whole_menu() {
        String headline = "Tramway : la ligne bleue prolongée jusqu’à l’aéroport";
        String caption = "Sur le chantier de la station Mirabel, mardi, des ouvriers posaient les derniers rails.";
        List<String> lines = new ArrayList<>(List.of("Passer au contenu", "Le Phare", "L’information libre de la Côte",
                "S’abonner", "Se connecter", "mardi 4 mars 2025"));
        lines.addAll(List.of("Actualités", "Politique", "Économie", "Culture", "Sports", "Monde", "Idées", "Balados",
                "Infolettres", "Société", "Transports"));
        lines.addAll(List.of(headline, "Les travaux, commencés il y a trois ans, s’achèveront l’automne prochain, "
                + "selon la société de transport, qui promet une rame toutes les six minutes.",
                "Photo : Paul Girard Le Phare", caption, "Claire Dubé", "4 mars 2025", PROSE_FR, PROSE_FR_2));
        var result = text("fr", lines.toArray(String[]::new));
        assertThat(result.get(headline).reason()).isEqualTo("headline");
        assertThat(result.get("L’information libre de la Côte").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(result.get(caption).reason()).isEqualTo("caption");
        assertBody(result, "Claire Dubé");
    }

    /** Round 41: the paragraph of a consent banner, between its heading and its buttons, is neither body nor title. */
    @Test
    void prose_inside_a_consent_banner_is_the_banners_and_never_the_title() {
        String consent = "Choose whether we and our vendors may use your browsing data to show you tailored content, "
                + "and change your mind whenever you like from the settings page at the foot of every page.";
        String headline = "Harbour wall repairs to start after winter storms";
        var result = text("en", "We value your privacy", consent, "ACCEPT ALL", "Skip to main content", headline,
                "By Morag Innes", PROSE_EN, PROSE_EN_2);
        assertJunk(result, consent, "cookie");
        assertThat(result.get(headline).reason()).isEqualTo("headline");
    }

    /** Round 42: a motto with the page's clock under it loses to a headline over "Publié le :" and "Auteur :". */
    @Test
    void a_headline_over_its_empty_date_and_author_labels_wins_over_the_sites_motto_and_clock() {
        String headline = "Jacmel : le carnaval reporté d’une semaine à cause des pluies";
        var result = text("fr", "LA GAZETTE DU SUD", "Le journal de référence depuis 1952", "samedi 1 mars 2025",
                "Actualités", "Économie", "Société", "Culture", "Sports", "Opinion", "Connexion", headline,
                "Publié le :", "2025-03-01", "Auteur :", "Marie-Ange Pierre", PROSE_FR, PROSE_FR_2);
        assertThat(result.get(headline).reason()).isEqualTo("headline");
        assertThat(result.get("Le journal de référence depuis 1952").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertBody(result, "2025-03-01");
    }

    /** A byline or an agency signature shaped like "Name/Outlet" stays the article's; a photographer's is a credit. */
    @Test
    void a_byline_with_its_role_after_a_slash_is_kept_and_a_photographers_credit_tells_its_caption() {
        String caption = "Pupils tend the new vegetable beds behind the school hall on Friday morning.";
        var en = text("en", "School garden wins national prize", "Published: Monday | May 4, 2026",
                "Andre Campbell/Staff Writer", PROSE_EN, caption, "Contributed", PROSE_EN_2, "Marcia Hall/The Coast Reporter");
        assertBody(en, "Andre Campbell/Staff Writer");
        assertThat(en.get("Contributed").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get(caption).reason()).isEqualTo("caption");
        var fr = text("fr", "Les écoles rouvrent à Kaya", PROSE_FR, PROSE_FR_2, "Correspondant ABP/Kaya");
        assertBody(fr, "Correspondant ABP/Kaya");
    }

    /** Round 43: a byline written as a field ("Author of the article: Name") is the byline, never the title. */
    @Test
    void a_byline_written_as_a_field_leaves_the_headline_over_it_the_title() {
        String headline = "Library extends Sunday opening hours across the city";
        var result = text("en", "News / Local News", headline, "Branches will open from noon to five on Sundays from March",
                "Author of the article: Dana Kowalczyk", "Published Jan 12, 2026", PROSE_EN, PROSE_EN_2,
                "Get the top stories by email", "Enter email");
        assertThat(result.get(headline).reason()).isEqualTo("headline");
        assertBody(result, "Author of the article: Dana Kowalczyk");
        assertThat(result.get("Enter email").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Round 45: a byline with a colon ("By: Name") is the byline, so the long headline over it (headline English,
     * hardly a function word) is not read as a row of links; a video player's title and running time are the video's.
     */
    @Test
    void a_byline_with_a_colon_keeps_the_headline_and_a_video_players_title_is_not_the_standfirst() {
        String headline = "Water main break floods part of Cedar Avenue, boil advisory issued for nearby homes";
        String videoTitle = "Crews work to repair Cedar Avenue water main break";
        var result = text("en", "Skip to content", "KRVT 9 News", "Local News", headline, "By: Jenna Alvarez",
                "Posted 5:42 PM, Feb 10, 2026", "Now Playing", videoTitle, "01:58",
                "Watch the full report from KRVT 9's Jenna Alvarez above.", PROSE_EN, PROSE_EN_2);
        assertThat(result.get(headline).reason()).isEqualTo("headline");
        assertBody(result, "By: Jenna Alvarez");
        assertThat(result.get(videoTitle).reason()).isEqualTo("video");
        assertThat(result.get("Watch the full report from KRVT 9's Jenna Alvarez above.").reason()).isEqualTo("video");
    }

    /** Round 45: the page's clock in short form and a byline "Name, Place" are never the headline over them. */
    @Test
    void a_clock_with_short_day_and_month_names_and_a_name_place_byline_are_not_the_headline() {
        String headline = "Munshiganj potato farmers count losses as cold storage rents rise";
        var result = text("en", "Business > Economy", "Economy", headline, "Sohel Rana, Munshiganj",
                "Sun Mar 8, 2026 12:00 AM", "Last update on: Sun Mar 8, 2026 02:31 AM",
                "Farmers sort harvested potatoes at a field in Tongibari upazila last week.", "Photo: Collected",
                PROSE_EN, PROSE_EN_2, "Follow The Bengal Tribune's Google News channel for the latest news and updates.");
        assertThat(result.get(headline).reason()).isEqualTo("headline");
        assertBody(result, "Sohel Rana, Munshiganj", "Sun Mar 8, 2026 12:00 AM", "Last update on: Sun Mar 8, 2026 02:31 AM");
        assertThat(result.get("Farmers sort harvested potatoes at a field in Tongibari upazila last week.").reason())
                .isEqualTo("caption");
        assertThat(result.get("Follow The Bengal Tribune's Google News channel for the latest news and updates.").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
        assertThat(StatedDates.isDateToken(StatedDates.fold("Sun Mar 8, 2026 12:00 AM"))).isTrue();
    }

    /**
     * Round 45: after a "read also" box set inside the article, the article goes on with a paragraph and a list it
     * announces; a caption opening with its credit in brackets is a caption.
     */
    @Test
    void the_article_goes_on_after_a_read_also_box_with_a_paragraph_and_the_list_it_announces() {
        String caption = "[ Photo : archives ] Les réservoirs de Mare-aux-Vacoas affichent un taux de remplissage de 62 %.";
        String paragraph = "Le ministère de l’Agriculture explique cette décision par la baisse nette des cas détectés"
                + " dans la faune sauvage depuis le début du mois de mars, selon les derniers relevés officiels.";
        String announce = "Les éleveurs restent tenus de respecter plusieurs règles :";
        var result = text("fr", "Grippe aviaire : les canards autorisés à ressortir", caption, PROSE_FR, PROSE_FR_2,
                PROSE_FR, "À lire aussi", "Abonnés  Foie gras : la filière compte sur la vaccination", paragraph,
                announce, "surveiller quotidiennement la mortalité et signaler tout cas suspect ;",
                "limiter l’accès des oiseaux sauvages aux points d’eau et d’alimentation ;",
                "nettoyer et désinfecter les véhicules entrant sur l’exploitation.", "(Avec AFP)");
        assertThat(result.get(caption).reason()).isEqualTo("caption");
        assertBody(result, paragraph, announce, "nettoyer et désinfecter les véhicules entrant sur l’exploitation.");
    }

    /**
     * Kinds a first reader found on pages the rules had never seen: a caption closing on its credit in brackets, a
     * prompt to save articles, a screen reader's list markers around a box of recommended stories, "Report This Ad",
     * a newsletter promo closing on "Sign up here", "Pour aller plus loin" over its teaser, an embed's "page not
     * found"; a quotation that names a Telegram channel is the article's sentence, not a prompt to join one.
     */
    @Test
    void junk_kinds_a_first_reader_found_and_a_quote_naming_a_telegram_channel_stays() {
        String caption = "Protesters gathered in Bamako earlier this month to demand elections [File: Reuters]";
        String quote = "“Mission accomplished. PMC Wagner is going home,” the group said on a Telegram channel linked to it.";
        var en = text("en", "Mali's junta dissolves all political parties ahead of new charter", caption,
                "By Ousmane Traoré", "Save articles to read later and create your own reading list.", PROSE_EN,
                "Recommended Stories list of 4 items list 1 of 4", "Burkina Faso says it foiled coup attempt end of list",
                quote, PROSE_EN_2, "Report This Ad", "Get weekly news and analysis with the newsletter On the Trail. Sign up here.");
        assertThat(en.get(caption).reason()).isEqualTo("caption-credit");
        assertThat(en.get("Save articles to read later and create your own reading list.").reason()).isEqualTo("save");
        assertThat(en.get("Recommended Stories list of 4 items list 1 of 4").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("Report This Ad").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("Get weekly news and analysis with the newsletter On the Trail. Sign up here.").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
        assertBody(en, quote);
        var fr = text("fr", "Ibrahim Traoré, deux ans de pouvoir sans partage", PROSE_FR, "Pour aller plus loin",
                "Au Mali, Assimi Goïta prolonge la transition jusqu'en 2030", PROSE_FR_2, "Page non trouvée",
                "Le contenu auquel vous tentez d'accéder n'existe pas ou n'est plus disponible.");
        assertThat(fr.get("Pour aller plus loin").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(fr.get("Au Mali, Assimi Goïta prolonge la transition jusqu'en 2030").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(fr.get("Page non trouvée").reason()).isEqualTo("embed-blocked");
    }

    /**
     * Round 46 (a tabloid): a subhead in capitals between two paragraphs is the article's; the title under "Up Next"
     * is the video's; a video's running time late in the article starts no teaser list; the contact line under a
     * tip-line prompt is junk; topics listed one a line under "Related topics" are tags.
     */
    @Test
    void a_tabloids_capital_subheads_stay_and_its_video_blocks_and_tip_lines_go() {
        String subhead = "DUCK'S NEW HOME";
        String later = "PRICES STILL HIGH";
        String quote = "The famous duck has now been given pride of place behind the bar, the landlord said.";
        var result = text("en", "Landlord fills pothole with rubber ducks to shame council", PROSE_EN, PROSE_EN_2,
                "Related topics", "Potholes", "West Midlands",
                "Locals said the hole, which filled with rainwater every time it poured, was around a foot deep.",
                subhead, quote, "VIDEO",
                "Watch: Money expert reveals five ways to cut your weekly food shop", "1:32", later,
                "It comes as figures show grocery prices rose by 3.9 per cent in the year to February, the office said.",
                "Up Next", "Shocking moment car plunges into sinkhole on high street",
                "Consumer champions welcomed the offer but warned that shoppers should still compare prices.",
                "Do you have a story for The Flash news team?",
                "Email us at tips@theflash.example or call 0207 946 0000. We pay for videos.");
        assertBody(result, subhead, quote, later);
        assertThat(result.get("Potholes").reason()).isEqualTo("tags");
        assertThat(result.get("West Midlands").reason()).isEqualTo("tags");
        assertThat(result.get("Shocking moment car plunges into sinkhole on high street").reason()).isEqualTo("video");
        assertThat(result.get("Email us at tips@theflash.example or call 0207 946 0000. We pay for videos.").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Rounds 47-48: a headline in Title Case over two standfirst lines in sentence case is the headline; a consent
     * banner's text ("Avec nos partenaires, nous traitons vos données …") and its "Accepter & Fermer" never make the
     * title; a reporter's contact line and "With assistance from" are the article's signature, "To contact the
     * reporters on this story:" is an empty label; the byline's name right under the last paragraph is the signature.
     */
    @Test
    void a_title_case_headline_wins_over_its_standfirst_lines_and_a_wire_storys_foot_is_kept() {
        String headline = "Copper Hits Record as Chilean Mine Outage Deepens Supply Squeeze";
        var en = text("en", "Markets", "Commodities", headline,
                "Prices jump as much as 3.4% in London after operator extends force majeure",
                "Traders see deficit widening into 2026 as smelters scramble for ore",
                "By Laura Whitcombe and Diego Fernández", "November 6, 2025 at 9:14 AM GMT", PROSE_EN, PROSE_EN_2,
                "— With assistance from Mark Tanaka", "To contact the reporters on this story:",
                "Laura Whitcombe in London at lwhitcombe@meridian.example");
        assertThat(en.get(headline).reason()).isEqualTo("headline");
        assertBody(en, "— With assistance from Mark Tanaka", "Laura Whitcombe in London at lwhitcombe@meridian.example");
        assertThat(en.get("To contact the reporters on this story:").reason()).isEqualTo("empty-label");

        String consent = "Avec nos partenaires, nous traitons vos données pour les finalités suivantes : le fonctionnement"
                + " du site, la mesure d’audience et la publicité personnalisée.";
        var fr = text("fr", "Aller au contenu principal", consent, "Accepter & Fermer", "Continuer sans accepter",
                "Grippe : l’épidémie recule, mais les urgences restent sous tension", "Écrit par", "Lucie Marchand",
                "Publié le 11/02/25 à 06h45", PROSE_FR, PROSE_FR_2, "Lucie Marchand", "Mots clés : Grippe, Santé");
        assertThat(fr.get(consent).kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(fr.get("Accepter & Fermer").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(fr.get("Grippe : l’épidémie recule, mais les urgences restent sous tension").reason()).isEqualTo("headline");
    }

    /**
     * Found by a second first reader: a headline between the date line and its photo's credit is the headline, the
     * sentence under the credit the caption, and a row of tools between bars never the title; a desk with its update
     * line ("TNN / Updated: …") is the dateline under the headline; caption toggles are junk; two sentences after a
     * box of bare teaser headlines are the article going on.
     */
    @Test
    void headlines_over_a_credit_or_a_desks_update_line_stay_the_headline() {
        String headline = "Bouaké : les producteurs de mangue s’organisent face à la mouche des fruits";
        String caption = "Des producteurs de mangue inspectent leurs vergers, à la périphérie de Bouaké.";
        var fr = text("fr", "Vous êtes ici : Accueil > Actualités > Société", "Société",
                "Publié le jeudi 20 mars 2025 | Fraternité Matin", headline, "© Fraternité Matin par DR", caption,
                "Tags : Bouaké, mangue, agriculture", "Imprimer | Envoyer à un ami | Réagir", PROSE_FR, PROSE_FR_2);
        assertThat(fr.get(headline).reason()).isEqualTo("headline");
        assertThat(fr.get(caption).reason()).isEqualTo("caption");
        assertThat(fr.get("Imprimer | Envoyer à un ami | Réagir").kind()).isEqualTo(PassageKind.BOILERPLATE);

        String toi = "Bengaluru: BMRCL extends Yellow Line trial runs after signalling glitch";
        var en = text("en", "City News", "Bengaluru News", toi, "TNN / Updated: Apr 9, 2025, 08:14 IST", "Share",
                "Show Caption", "Hide Caption", PROSE_EN, PROSE_EN_2, "À lire aussi",
                "Canicule : ce qu'il faut savoir sur la vigilance orange", "Les agriculteurs de la Vienne face au manque d'eau",
                "The government said an interministerial unit would meet on Monday to follow the drought.",
                "Forecasters expect dry and hot weather over most of the country until the end of the week.",
                "Voir les commentaires");
        assertThat(en.get(toi).reason()).isEqualTo("headline");
        assertBody(en, "TNN / Updated: Apr 9, 2025, 08:14 IST",
                "The government said an interministerial unit would meet on Monday to follow the drought.",
                "Forecasters expect dry and hot weather over most of the country until the end of the week.");
        assertThat(en.get("Show Caption").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Rounds 51-52: a live blog's entries (a time, a headline and a paragraph each, under a "Direct" label over the
     * headline) are the article, not a teaser list, up to its "load more entries"; consent fine print opening on
     * "By providing…" is no byline; a byline "Name - Outlet" is kept; a follow box is junk.
     */
    @Test
    void a_live_blogs_entries_are_the_article_and_its_end_matter_is_not() {
        String entry = "La préfecture de Vendée annonce que les établissements scolaires du département resteront fermés "
                + "jeudi, le temps de dégager les routes et de vérifier les bâtiments.";
        String older = "Le gestionnaire du réseau indique avoir mobilisé deux mille techniciens, dont six cents venus "
                + "d’autres régions, pour rétablir le courant d’ici vendredi soir.";
        var live = text("fr", "Direct", "Tempête Mireille : des rafales à 150 km/h sur la façade atlantique", PROSE_FR,
                PROSE_FR_2, "11h37", "Les écoles resteront fermées jeudi en Vendée", entry, "Partager", "11h05",
                "Enedis mobilise 2 000 techniciens", older, "Partager", "Charger plus d’entrées", "Tempête", "Vendée");
        assertBody(live, "Les écoles resteront fermées jeudi en Vendée", entry, "Enedis mobilise 2 000 techniciens", older);
        assertThat(live.get("Charger plus d’entrées").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(live.get("Vendée").kind()).isEqualTo(PassageKind.BOILERPLATE);

        var en = text("en", "Rice prices ease in Metro Manila markets as imports arrive",
                "Catherine Villanueva - The Manila Daybreak", "March 3, 2026 | 12:00am", PROSE_EN, PROSE_EN_2,
                "By providing an email address, I agree to the Terms of Use and acknowledge the Privacy Policy.",
                "Follow related authors and topics", "Follow Rachel Okonkwo");
        assertBody(en, "Catherine Villanueva - The Manila Daybreak");
        assertThat(en.get("By providing an email address, I agree to the Terms of Use and acknowledge the Privacy Policy.")
                .kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("Follow related authors and topics").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Rounds 53-54: a Title Case headline ending on an abbreviation ("… Until 3 a.m.") is still the headline; a
     * ticker of prayer times is no headline; a place in capitals alone over the first paragraph ("HYDERABAD:") is the
     * dateline; a screen reader's "Media caption," and "Duration, 1 minute, 52 seconds" are the video's.
     */
    @Test
    void a_headline_ending_on_an_abbreviation_and_a_place_line_over_the_first_paragraph_are_the_articles() {
        String headline = "Council Votes to Let Food Trucks Park Downtown Until 3 a.m.";
        var en = text("en", "Prayer times (Peshawar): Fajr 3:39  Zuhr 12:11  Asr 4:59  Maghrib 7:22  Isha 9:03",
                "News » City Hall", headline,
                "Restaurant owners warned of unfair competition, but the new rules passed 7-2 after a long night",
                "May 20, 2026", "HYDERABAD:", PROSE_EN, PROSE_EN_2,
                "Media caption, Watch: Regulars raise a glass as the keys are handed over", "Duration, 1 minute, 52 seconds");
        assertThat(en.get(headline).reason()).isEqualTo("headline");
        assertThat(en.get("Prayer times (Peshawar): Fajr 3:39  Zuhr 12:11  Asr 4:59  Maghrib 7:22  Isha 9:03").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("HYDERABAD:").reason()).isEqualTo("dateline");
        assertThat(en.get("Duration, 1 minute, 52 seconds").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(TextMetadata.readsLikeTitle(headline)).isTrue();
    }

    /**
     * Rounds 55-56: an audio player's "Add to playlist" under the article is never a later headline that moves the
     * article's start; "2:18 pm on 22 May 2026" is the dateline; "Navigation for News Categories" is a menu's label.
     */
    @Test
    void an_audio_players_buttons_never_make_a_later_headline() {
        String headline = "Dunedin bus drivers to strike on Monday after pay talks stall";
        var en = text("en", "Navigation for News Categories", "New Zealand", "World", "Politics", headline,
                "2:18 pm on 22 May 2026", "Share this", "Hana Whitcombe, Otago reporter", PROSE_EN, PROSE_EN_2,
                "Listen duration 4′ 06″", "Add to playlist", "Download: Ogg MP3 ( 4′ 06″ )", "Play now",
                "Union organiser Mere Tipene said drivers had been working split shifts of up to thirteen hours a day.",
                "Most Viewed in National");
        assertThat(en.get(headline).reason()).isEqualTo("headline");
        assertBody(en, "2:18 pm on 22 May 2026", "Hana Whitcombe, Otago reporter", PROSE_EN);
        assertThat(en.get("Add to playlist").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("Navigation for News Categories").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * A fourth first reader's pages: a review's headline over its star rating and standfirst, with "Reviewed by Name |
     * date" under them; a date and byline line in lower case under the headline; "Ajouter aux favoris" is no headline.
     */
    @Test
    void a_reviews_headline_over_its_rating_and_a_lower_case_byline_line_keep_the_headline() {
        String review = "The Salt Road returns to Belvoir with a bare stage";
        var en = text("en", "Home > Theatre > Reviews", "REVIEW", review, "★★★★☆",
                "An outback family saga finds new life in a stripped-back staging of the old play",
                "Reviewed by Leah Kowalczyk | 22 January 2026", "Share: Facebook | X | Email | Copy link", PROSE_EN, PROSE_EN_2);
        assertThat(en.get(review).reason()).isEqualTo("headline");
        assertBody(en, "Reviewed by Leah Kowalczyk | 22 January 2026");

        String headline = "Betterave : la jaunisse recule, mais les planteurs restent prudents pour 2026";
        var fr = text("fr", "Accueil > Cultures > Grandes cultures", "Grandes cultures", headline,
                "le 28/01/2026 à 11:15 par Thomas Lecomte", "2 min de lecture", "Ajouter aux favoris", PROSE_FR, PROSE_FR_2);
        assertThat(fr.get(headline).reason()).isEqualTo("headline");
        assertBody(fr, "le 28/01/2026 à 11:15 par Thomas Lecomte");
        assertThat(fr.get("Ajouter aux favoris").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Rounds 59-60: classified "TEXT AD:" lines, "À lire sur le sujet …", an author box's bio opening on the role,
     * notes on how the news is made and may be republished, and a dateline opening on a dash.
     */
    @Test
    void classifieds_read_also_variants_author_boxes_and_site_notes_are_junk() {
        String bio = "Journaliste à Ogooué Média Time, il couvre l’actualité sociale et les questions urbaines de Libreville.";
        var fr = text("fr", "Libreville : les taxis protestent contre les contrôles répétés", PROSE_FR,
                "À lire sur le sujet Trégor : le transport à la demande étendu à six nouvelles communes", PROSE_FR_2,
                "Rodrigue Mba Obame", bio);
        assertThat(fr.get("À lire sur le sujet Trégor : le transport à la demande étendu à six nouvelles communes").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
        assertThat(fr.get(bio).reason()).isEqualTo("author-bio");
        var en = text("en", "Kano health centres run out of malaria test kits", "- February 11, 2026 4:52 pm", PROSE_EN,
                "TEXT AD: Affordable solar home systems for your shop and home. Call 0803 000 0000", PROSE_EN_2,
                "Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0.");
        assertBody(en, "- February 11, 2026 4:52 pm");
        assertThat(en.get("TEXT AD: Affordable solar home systems for your shop and home. Call 0803 000 0000").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0.")
                .kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Rounds 61-62: a site's motto over the page's clock over a whole menu of sections is no headline; an
     * advertisement's headline under "PUBLICITÉ", after several paragraphs of the article, never moves the article's
     * start; a radio's "On Air Now:" strip is never the title.
     */
    @Test
    void a_motto_over_the_pages_clock_and_an_ads_headline_never_take_the_articles_title() {
        String headline = "Bobo-Dioulasso : la 9e édition du festival des arts du masque attendue du 4 au 7 décembre";
        List<String> lines = new ArrayList<>(List.of("FasoActu.net", "L’information du Burkina Faso sur le Net",
                "mercredi 26 novembre 2025", "Accueil", "Actualités", "Politique", "Économie", "Société", "Culture",
                "Sport", "Opinions", "Annonces", "Nécrologie", "Offres d’emploi", "Accueil » Actualités » Culture",
                headline, "Publié le mercredi 26 novembre 2025 à 21h35min", PROSE_FR, PROSE_FR_2,
                "Le festival se déroulera du jeudi 4 au dimanche 7 décembre sur la place de la Nation et dans plusieurs "
                        + "quartiers de la ville, ont précisé les organisateurs lors de la conférence de presse.",
                "PUBLICITÉ", "Coris Bank : votre crédit scolaire en 48 heures",
                "Les hôteliers de la ville espèrent une bonne affluence pendant les quatre jours de la fête des masques.",
                "Haoua Sanou", "Correspondante"));
        var fr = text("fr", lines.toArray(String[]::new));
        assertThat(fr.get(headline).reason()).isEqualTo("headline");
        assertBody(fr, PROSE_FR, PROSE_FR_2);

        String radio = "Council Votes to Keep Bellbrook Pool Open Through Winter Trial";
        var en = text("en", "River Valley FM", "On Air Now: Breakfast with Deb & Macca  6:00am – 9:00am", "Listen Live",
                "Local News", radio, "in Local News, Council", "By Sam Whitfield", "14 May 2026", PROSE_EN, PROSE_EN_2,
                "Listen to Councillor Doyle speaking with Deb & Macca on Breakfast:");
        assertThat(en.get(radio).reason()).isEqualTo("headline");
        assertThat(en.get("On Air Now: Breakfast with Deb & Macca  6:00am – 9:00am").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("in Local News, Council").kind()).isEqualTo(PassageKind.BOILERPLATE);

        String ramp = "Whakatāne council backs new boat ramp after years of delays";
        var nz = text("en", "News / Local", "Local Democracy Reporting", ramp,
                "Councillors vote 9-2 to fund a $4.8 million ramp and parking area at the river mouth, ending years of debate",
                "By Hine Walker", "Local Democracy Reporter", PROSE_EN, PROSE_EN_2);
        assertThat(nz.get(ramp).reason()).isEqualTo("headline");
        assertThat(nz.get("Local Democracy Reporting").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Rounds 65-66: a republishing box, a reporter's bio naming the outlet ("X is the Ledger's food reporter"), a
     * community paper's appeal and its public funding note, and a premium paywall that ends what the page shows.
     */
    @Test
    void republishing_boxes_bios_appeals_and_a_premium_paywall_are_junk() {
        String bio = "Marcus Bell is the Ledger's food and small business reporter. He previously worked at the Courier.";
        var en = text("en", "Taco truck permit fight heads to city council", "By Marcus Bell", PROSE_EN, PROSE_EN_2,
                "Republish this story", "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 "
                        + "International License.", bio);
        assertThat(en.get("Republish this story").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get(bio).kind()).isEqualTo(PassageKind.BOILERPLATE);
        var paid = text("en", "Tea farmers to get record bonus", "By Jane Wanjiru", PROSE_EN, PROSE_EN_2,
                "This article is for premium subscribers.", "Subscribe now to keep reading the whole story.");
        assertThat(paid.get("Subscribe now to keep reading the whole story.").kind()).isEqualTo(PassageKind.BOILERPLATE);
        var fr = text("fr", "Les Jeux de l’Acadie à Clare en 2028", PROSE_FR, PROSE_FR_2,
                "Le Phare de la Baie est un journal communautaire sans but lucratif. Soutenez l’information locale.",
                "Nous reconnaissons l’appui financier du gouvernement du Canada.");
        assertThat(fr.get("Nous reconnaissons l’appui financier du gouvernement du Canada.").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Rounds 67-70: a photo's "View image in fullscreen" button and its caption between the standfirst and the byline,
     * a caption on either side of its credit, the value under an empty field label, a broken player over the header,
     * are never the title; the closing boxes of an academics' site (the disclosure statement and all after it) are
     * junk while the signing author's role line stays; a paragraph closed by the desk's initials ("… water." DM) is
     * the article's.
     */
    @Test
    void image_buttons_captions_and_field_values_never_take_the_title() {
        String headline = "Thousands shelter in schools as river bursts its banks in central Mozambique";
        String standfirst = "Authorities warn that more rain is forecast upstream as aid agencies struggle to reach "
                + "cut-off villages";
        var guardian = text("en", "World", "Africa", "Mozambique", headline, standfirst, "View image in fullscreen",
                "Residents wade through floodwater to reach higher ground on Monday. Photograph: Tom Hale/Reuters",
                "Ruth Okafor in Maputo", "Wed 18 Feb 2026 13.42 GMT", PROSE_EN, PROSE_EN_2);
        assertThat(guardian.get(headline).reason()).isEqualTo("headline");
        assertJunk(guardian, "View image in fullscreen", "image-widget");

        String titre = "Allemagne : les diplômés africains peinent à rester après leurs études";
        String chapo = "Ils sont plus de 30 000 étudiants venus d’Afrique dans les universités allemandes. Le pays "
                + "manque de bras, mais les titres de séjour tardent.";
        for (boolean captionFirst : new boolean[] {true, false}) {
            String caption = "Cérémonie de remise des diplômes à l’université technique de Darmstadt";
            String credit = "Image : Sebastian Gollnow/dpa/picture alliance";
            var dw = text("fr", "Actualités", "Afrique", "Allemagne", titre, chapo, captionFirst ? caption : credit,
                    captionFirst ? credit : caption, "Aïssatou Diallo", "04.03.2026", PROSE_FR, PROSE_FR_2);
            assertThat(dw.get(titre).reason()).as("caption first: " + captionFirst).isEqualTo("headline");
            assertThat(dw.get("04.03.2026").kind()).isEqualTo(PassageKind.BODY); // a date, not a telephone number
        }

        String report = "Chad: Cholera cases climb in eastern refugee camps as rainy season sets in";
        var relief = text("en", "Updates", "Chad", report, "Format", "News and Press Release", "Source",
                "International Medical Relief Corps", "Posted", "19 Jun 2026", "Originally published", "18 Jun 2026",
                PROSE_EN, PROSE_EN_2);
        assertThat(relief.get(report).reason()).isEqualTo("headline");

        String tchad = "Tchad : à Adré, les réfugiés soudanais redoutent la saison des pluies";
        var voa = text("fr", "En direct", "Afrique Midi", "Aucun média source n'est disponible", "0:00 0:14:59 0:00",
                "Note aux auditeurs : les fréquences de notre radio à N’Djamena et à Niamey ont été rétablies.",
                "Afrique", tchad, "11 juin 2026", "Agence France-Presse", PROSE_FR, PROSE_FR_2);
        assertThat(voa.get(tchad).reason()).isEqualTo("headline");
        assertJunk(voa, "Aucun média source n'est disponible", "video");
        assertJunk(voa, "0:00 0:14:59 0:00", "listen");
        assertThat(voa.get("Note aux auditeurs : les fréquences de notre radio à N’Djamena et à Niamey ont été rétablies.")
                .reason()).isEqualTo("notice");
    }

    @Test
    void a_disclosure_statement_closes_the_article_and_a_desks_initials_end_its_last_sentence() {
        String role = "Senior Research Fellow in Sleep and Circadian Health, University of Melbourne";
        String funding = "Marta Lindqvist receives funding from the National Health and Medical Research Council. She "
                + "is a member of the Australasian Sleep Association and has advised two state governments.";
        var conversation = text("en", "Why Monday mornings feel worse after a weekend lie-in", "Marta Lindqvist",
                PROSE_EN, PROSE_EN_2, PROSE_EN_3, "Author", "Marta Lindqvist", role, "Disclosure statement", funding,
                "Partners", "University of Melbourne provides funding as a founding partner of The Colloquy AU.");
        assertThat(conversation.get(role).kind()).isEqualTo(PassageKind.BODY);
        assertJunk(conversation, "Disclosure statement", "disclosure");
        assertThat(conversation.get(funding).kind()).isEqualTo(PassageKind.BOILERPLATE);

        String last = "\"You learn to be patient,\" she said. \"But patience is not water.\" DM";
        var maverick = text("en", "Soweto residents queue for water as outage enters fifth day", "By Lerato Dube",
                PROSE_EN, PROSE_EN_2, PROSE_EN_3, last,
                "This story first appeared in our weekly Meridian 168 newspaper, which is available countrywide for R29.");
        assertThat(maverick.get(last).kind()).isEqualTo(PassageKind.BODY);
        assertThat(maverick.get("This story first appeared in our weekly Meridian 168 newspaper, which is available "
                + "countrywide for R29.").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Rounds 71-74: a motto of two sentences is no byline and a headline of two Title Case sentences is one; a
     * "Submitted by … on …" line, an ad's line under "PUBLICITÉ", "Published in" a publication, "Heard on" a programme
     * and a ticker of headlines never take the title.
     */
    @Test
    void mottos_tickers_ads_and_drupal_bylines_never_take_the_title() {
        String border = "Armenia and Azerbaijan Have a Peace Deal. Now They Need a Border.";
        var forum = text("en", "Skip to main content", "International Crisis Forum", "Preventing Conflict. Building Peace.",
                "Donate", "Subscribe", "Search", "Commentary / Europe & Central Asia", "10 June 2026", "9 min read", border,
                PROSE_EN, PROSE_EN_2);
        assertThat(forum.get(border).reason()).isEqualTo("headline");
        assertThat(forum.get("Preventing Conflict. Building Peace.").reason()).isNotEqualTo("byline");

        String greve = "Kasaï-Central : les enseignants du primaire en grève pour réclamer trois mois d’arriérés";
        var drupal = text("fr", "Accueil", "Éducation", greve, "Soumis par Clément Muamba le lun 09/03/2026 - 15:12",
                "Lu 1 087 fois", PROSE_FR, PROSE_FR_2);
        assertThat(drupal.get(greve).reason()).isEqualTo("headline");
        assertThat(drupal.get("Soumis par Clément Muamba le lun 09/03/2026 - 15:12").kind()).isEqualTo(PassageKind.BODY);

        String kenieba = "Kéniéba : une opération conjointe pour chasser les dragues d’orpaillage de la Falémé";
        String ticker = "Transport : hausse du prix du ticket des Sotrama à Bamako ▪ Sikasso : un camion-citerne se renverse "
                + "sur la RN7 ▪ Football : les Aigles en stage à Bamako avant la Coupe";
        var portail = text("fr", "mercredi 11 février 2026", "Djolibaweb.net", "Le Mali sur le web depuis 2001", "PUBLICITÉ",
                "SahelCash : envoyez et recevez de l’argent partout au Mali en 3 secondes. Composez #144#", "Accueil",
                "Actualités", "Politique", "Économie", "Société", "FLASH INFO", ticker, "Régions", kenieba,
                "Par L’Écho du Niger - Date: 11 février 2026", PROSE_FR, PROSE_FR_2);
        assertThat(portail.get(kenieba).reason()).isEqualTo("headline");
        assertJunk(portail, ticker, "ticker");

        String vets = "Ranchers are running out of large-animal vets. Some states are paying to lure them back";
        var radio = text("en", "Listen Live", "Donate", "Agriculture", vets, "Heard on Morning Report", "Listen · 4:12",
                "April 7, 2026 5:01 AM ET", "Kirsten Hale", PROSE_EN, PROSE_EN_2);
        assertThat(radio.get(vets).reason()).isEqualTo("headline");
        var medium = text("en", "Open in app", "Sign in", "I Turned Off Every Notification for a Year. Here's What Changed",
                "Not a productivity hack. A slow experiment in getting my attention back.", "Priya Raman", "Follow",
                "Published in The Slow Build", "7 min read", "Jan 14, 2026", PROSE_EN, PROSE_EN_2);
        assertThat(medium.get("Published in The Slow Build").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /** Rounds 71-74: a blogging platform's claps, credits, author box and responses; a voiced-by-AI player. */
    @Test
    void a_blogging_platforms_counters_credits_and_responses_are_junk() {
        var blog = text("en", "What My Grandfather's Radio Repair Shop Taught Me About Maintaining Software",
                "Daniel Okafor", "8 min read", "2.3K", "Photo by Tobias Wren on Unsplash", PROSE_EN, "Top highlight",
                PROSE_EN_2, PROSE_EN_3, "Written by Daniel Okafor", "5.2K followers", "Responses (57)",
                "What are your thoughts?", "Marguerite Ellis", "\"The looking is the work\" is going on a sticky note.");
        for (String junk : List.of("2.3K", "Top highlight", "5.2K followers",
                "Responses (57)", "What are your thoughts?", "\"The looking is the work\" is going on a sticky note.")) {
            assertThat(blog.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
        var player = text("en", "EU farmers win a delay on the nature law", "Press play to listen to this article",
                "Voiced by artificial intelligence.", PROSE_EN, PROSE_EN_2);
        assertJunk(player, "Press play to listen to this article", "listen");
        assertJunk(player, "Voiced by artificial intelligence.", "listen");
    }

    /**
     * Rounds 75-78: profile pictures, a cover image's description, an accessibility link, "Guest post by", a date line
     * opening on its time and a caption over its photo credit never take the title; a blog's meta line and a wire's
     * time-first date line are the article's; reactions, "Photos 1 of 14", a comments login prompt are junk.
     */
    @Test
    void profile_pictures_time_first_date_lines_and_captions_never_take_the_title() {
        String sputnik = "Le Burkina Faso et la Russie s’accordent pour former 400 médecins burkinabè d’ici 2030";
        var orbita = text("fr", "Afrique", sputnik, "14:32 GMT 05.02.2026 (mis à jour: 16:05 GMT 05.02.2026)",
                "Des étudiants en médecine dans un amphithéâtre", "© Orbita / Sergueï Pavlov", PROSE_FR, PROSE_FR_2,
                "👍 342", "Discussion", "Pour participer aux discussions, identifiez-vous ou créez-vous un compte");
        assertThat(orbita.get(sputnik).reason()).isEqualTo("headline");
        assertThat(orbita.get("14:32 GMT 05.02.2026 (mis à jour: 16:05 GMT 05.02.2026)").reason()).isEqualTo("dateline");
        assertThat(orbita.get("👍 342").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(orbita.get("Pour participer aux discussions, identifiez-vous ou créez-vous un compte").kind())
                .isEqualTo(PassageKind.BOILERPLATE);

        String dori = "Dori : une caravane médicale offre des consultations gratuites à plus de 2 000 personnes";
        String caption = "Une patiente en consultation ophtalmologique au centre hospitalier régional de Dori";
        var abp = text("fr", "Société", dori, "Par Rédaction", "26 février 2026", "Partager sur Facebook", "Telegram",
                caption, "Ph. ABP", "Dori, 26 fév. 2026 (ABP) -", PROSE_FR, PROSE_FR_2);
        assertThat(abp.get(dori).reason()).isEqualTo("headline");
        assertThat(abp.get(caption).kind()).isEqualTo(PassageKind.BOILERPLATE);

        String post = "Clean water reaches Kpalbusi: our 12th borehole is now open";
        var blog = text("en", "Home", "News", post, "By Amina Seidu · February 24, 2026 · Boreholes, News · 2 Comments",
                "Rahul Mehta's profile picture", PROSE_EN, PROSE_EN_2, "Photos 1 of 14");
        assertThat(blog.get(post).reason()).isEqualTo("headline");
        assertThat(blog.get("By Amina Seidu · February 24, 2026 · Boreholes, News · 2 Comments").kind())
                .isEqualTo(PassageKind.BODY);
        assertJunk(blog, "Rahul Mehta's profile picture", "alt-text");
        assertThat(blog.get("Photos 1 of 14").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Rounds 79-82 and a fifth reader's pages: a headline over two deck lines, "Poll:" heading a news story, a
     * student paper's "Name and Name, Staff Writers", "Publié par Name", "Short Url", "J'aime 41 Partager".
     */
    @Test
    void decks_poll_headlines_and_staff_writer_bylines_keep_the_headline() {
        String saudi = "Saudi Arabia sets target of 15,000 women in cybersecurity jobs by 2030";
        var arab = text("en", "Special Reports", "Search", "Log in", "Saudi Arabia", saudi,
                "Program will fund training, certification and paid placements with government agencies",
                "Women already make up a third of the Kingdom's cybersecurity workforce, officials say",
                "Short Url https://arhd.news/9q4vm", "Copy", "Updated 17 February 2026", PROSE_EN, PROSE_EN_2);
        assertThat(arab.get(saudi).reason()).isEqualTo("headline");
        assertThat(arab.get("Short Url https://arhd.news/9q4vm").kind()).isEqualTo(PassageKind.BOILERPLATE);

        String poll = "Poll: Cost of living dominates voters' concerns as midterm campaigns heat up";
        var hill = text("en", "Campaign", "Polling", poll, "by Caroline Whitfield - 04/14/26 12:31 PM ET", "Share",
                PROSE_EN, PROSE_EN_2);
        assertThat(hill.get(poll).reason()).isEqualTo("headline");

        String strike = "Grad workers vote to strike after 14 months without contract";
        var herald = text("en", "News", strike, "Teaching assistants could walk off the job as early as Feb. 23, union says",
                "Marcus Delgado and Priya Nair, Staff Writers", "February 12, 2026", PROSE_EN, PROSE_EN_2);
        assertThat(herald.get(strike).reason()).isEqualTo("headline");
        assertThat(herald.get("Marcus Delgado and Priya Nair, Staff Writers").kind()).isEqualTo(PassageKind.BODY);

        String huile = "Tunisie : les recettes d’exportation d’huile d’olive reculent de 23% malgré la hausse des volumes";
        var kapitalis = text("fr", "A la une", huile, "Publié par Imed Bahri", "le 10 février 2026", "J'aime 41 Partager",
                PROSE_FR, PROSE_FR_2);
        assertThat(kapitalis.get(huile).reason()).isEqualTo("headline");
        assertThat(kapitalis.get("J'aime 41 Partager").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Whatever a widget's label says, when no rule names it: a line of five words or fewer between the headline and
     * the byline never takes the title from a longer line above it.
     */
    @Test
    void an_unnamed_short_label_under_the_headline_never_takes_the_title() {
        String headline = "Thousands shelter in schools as river bursts its banks in central Mozambique";
        for (String label : List.of("Tap to zoom picture", "Watch on our channel", "Gallery mode on")) {
            var page = text("en", "World", "Africa", headline,
                    "Authorities warn that more rain is forecast upstream as aid agencies struggle", label,
                    "Residents wade through floodwater on Monday. Photograph: Tom Hale/Reuters", "Ruth Okafor in Maputo",
                    "Wed 18 Feb 2026 13.42 GMT", PROSE_EN, PROSE_EN_2);
            assertThat(page.get(headline).reason()).as(label).isEqualTo("headline");
        }
    }

    /**
     * Rounds 83-86: a Title Case headline with "a" as its only small word is no menu; a portal's motto over its menu
     * and a TV strip's label give way to the headline printed under the dateline.
     */
    @Test
    void a_title_case_headline_with_a_and_a_headline_under_its_dateline_are_found() {
        String steppe = "On Kazakhstan's Steppe, a Nuclear Plant Tests Astana's Balancing Act";
        var magazine = text("en", "Dispatch", steppe,
                "Russia is building it. China wants the next one. Kazakhs are not sure they want either.",
                "By Aigerim Sadykova, a journalist based in Almaty.", "March 4, 2026, 12:30 PM", PROSE_EN, PROSE_EN_2);
        assertThat(magazine.get(steppe).reason()).isEqualTo("headline");

        String cedi = "Cedi ends first quarter 3.2% down against dollar, BoG data shows";
        var portal = text("en", "Advertisement", "GhanaHub", "Ghana's news, since 1996",
                "Home · News · Sports · Business · Entertainment · Africa · Opinions", "Sign in", "Register",
                "Home › Business › Business News", "Business News of Wednesday, 1 April 2026",
                "Source: Efua Mensah-Bonsu, GhanaHub", "Comments (8)", "Listen to Article", "0:00 / 3:41", cedi,
                PROSE_EN, PROSE_EN_2);
        assertThat(portal.get(cedi).reason()).isEqualTo("headline");
    }

    /** Rounds 87-88: a live cricket scoreboard over the menu never takes the title. */
    @Test
    void a_live_scoreboard_is_junk_and_never_the_title() {
        String score = "IPL 2026 MI vs RCB Match 62 MI 187/5 (20) RCB 142/3 (14.2) RCB need 46 runs in 34 balls";
        String heat = "Heatwave grips north India: Phalodi records 47.6°C, IMD issues red alert for 5 states";
        var paper = text("en", score, "News / India News", heat, "By Neha Sharma", "May 18, 2026 07:45 AM IST", PROSE_EN,
                PROSE_EN_2);
        assertJunk(paper, score, "ticker");
        assertThat(paper.get(heat).reason()).isEqualTo("headline");
    }

    /**
     * Rounds 91-92: a caption closing on its credit in brackets, after its full stop or as a name of two words or
     * more, is junk; an acronym glossing the name before it, inside the paragraph's sentence, and a dateline with
     * its agency are not.
     */
    @Test
    void a_caption_closing_on_its_credit_in_brackets_is_junk_and_an_acronym_is_not() {
        String kvtr = "Volunteers sort donations at the Northeast Iowa Community Pantry on Monday. (KVTR)";
        String keystone = "Le glacier du Rhône, au-dessus de Gletsch, photographié début avril 2026. [Keystone - Jean Bott]";
        String deccan = "Workers remove silt from a lake in Kukatpally on Thursday (Deccan Vaani)";
        String nea = "The centre opens in the first quarter and will be run by an operator chosen by the National "
                + "Environment Agency (NEA).";
        var en = text("en", PROSE_EN, kvtr, PROSE_EN_2, deccan, PROSE_EN_3, nea);
        assertJunk(en, kvtr, "caption-credit");
        assertJunk(en, deccan, "caption-credit");
        assertBody(en, nea);
        var fr = text("fr", PROSE_FR, keystone, PROSE_FR_2, "Tunis, 8 juil. (Carthage Info avec agences)", PROSE_FR_3);
        assertJunk(fr, keystone, "caption-credit");
        assertBody(fr, "Tunis, 8 juil. (Carthage Info avec agences)");
    }

    /**
     * Rounds 91-92: a line under a photo credit with page matter over the credit is the photo's caption (the credit
     * printed first), never the headline; the headline over its standfirst stays the title.
     */
    @Test
    void a_caption_under_its_credit_never_takes_the_title() {
        String headline = "UK housebuilders cut completion targets as mortgage approvals stall";
        String caption = "Halden said net private reservations per outlet fell to 0.52 a week in the first six weeks";
        var page = text("en", "Housebuilding", "Add to myFH", headline,
                "Sector warns government's 1.5mn homes pledge slips further out of reach as buyers wait for lower rates",
                "Gift this article", "Share on X", "Save", "Comments 87", "© Bloomberg", caption,
                "Stay informed with free updates", "Harriet Clarke in London", "Published February 12 2026", PROSE_EN,
                PROSE_EN_2);
        assertThat(page.get(headline).reason()).isEqualTo("headline");
        assertJunk(page, caption, "caption");
        assertJunk(page, "Stay informed with free updates", "newsletter");
    }

    /**
     * Rounds 91-92: a sign-up box's pitch between its label and its button, and the previous article's headline
     * between "Article précédent" and "Article suivant", are the box's, however much they read like prose.
     */
    @Test
    void a_line_between_two_parts_of_a_box_is_the_box() {
        String pitch = "Get the magazine delivered to your door, plus unlimited access to our website, app and archive.";
        String description = "Quick and essential guide to domestic and global politics from our politics team.";
        var en = text("en", PROSE_EN, "Subscribe to The Chronicle today from only £1 per month", pitch, "Subscribe",
                PROSE_EN_2, PROSE_EN_3, "Sign up for Morning Call", description, "Your email address", "Sign up");
        assertJunk(en, pitch, "subscribe");
        assertJunk(en, description, "subscribe");
        assertBody(en, PROSE_EN_2);

        String previous = "Contribution : « Pour une vraie politique de l'eau en milieu rural »";
        var fr = text("fr", PROSE_FR, PROSE_FR_2, PROSE_FR_3, "Abdou Karim SALL (Correspondant)", "Arachide", "Kaolack",
                "Facebook Twitter WhatsApp Telegram Partager par e-mail Imprimer", "Article précédent", previous,
                "Article suivant");
        assertThat(fr.get(previous).kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertJunk(fr, "Facebook Twitter WhatsApp Telegram Partager par e-mail Imprimer", "share");
        assertThat(fr.get("Arachide").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /** Rounds 91-92: junk kinds named by rules, in French and English. */
    @Test
    void round_91_92_kinds_are_junk() {
        var en = text("en", PROSE_EN, "Send any friend a story",
                "As a subscriber, you have 10 gift articles to give each month.", "Unlock the Editor's Digest for free",
                "2019 2020 2021 2022 2023 2024 2025", PROSE_EN_2,
                "When you buy a book using a link on this page, we receive a commission.",
                "Produced by ElevenLabs and News Over Audio (Noa) using AI narration.", "Read a summary of this article on FAST.",
                "Playback speed 1x",
                "I consent to Chronicle Media collecting my details provided via this form in accordance with the Privacy Policy",
                PROSE_EN_3);
        assertJunk(en, "Send any friend a story", "share");
        assertJunk(en, "As a subscriber, you have 10 gift articles to give each month.", "share");
        assertJunk(en, "Unlock the Editor's Digest for free", "newsletter");
        assertJunk(en, "2019 2020 2021 2022 2023 2024 2025", "chart");
        assertJunk(en, "When you buy a book using a link on this page, we receive a commission.", "disclosure");
        assertJunk(en, "Produced by ElevenLabs and News Over Audio (Noa) using AI narration.", "listen");
        assertJunk(en, "Read a summary of this article on FAST.", "summary");
        assertJunk(en, "Playback speed 1x", "listen");
        assertThat(en.get("I consent to Chronicle Media collecting my details provided via this form in accordance with "
                + "the Privacy Policy").kind()).isEqualTo(PassageKind.BOILERPLATE);

        String bobigny = "Bobigny (Seine-Saint-Denis), le 9 février. Les deux-roues étaient entreposés sur trois niveaux.";
        var fr = text("fr", PROSE_FR, bobigny, PROSE_FR_2, "Une rue de Yopougon inondée ce lundi matin (ph KOZ)", PROSE_FR_3,
                "Acheter ce livre", "Les commentaires sont sous la seule responsabilité de leurs auteurs.");
        assertJunk(fr, bobigny, "caption");
        assertJunk(fr, "Une rue de Yopougon inondée ce lundi matin (ph KOZ)", "caption-credit");
        assertJunk(fr, "Acheter ce livre", "shopping");
        assertThat(fr.get("Les commentaires sont sous la seule responsabilité de leurs auteurs.").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
    }

    /** Rounds 91-92: a portal's copyright stamp with the article's date and time, and a correspondent's dateline. */
    @Test
    void a_copyright_stamp_with_the_date_and_a_correspondents_dateline_are_the_articles() {
        String headline = "Côte d'Ivoire : Pluies diluviennes à Abidjan, deux morts à Abobo et plusieurs quartiers sous les eaux";
        var portal = text("fr", "Accueil > Côte d'Ivoire > Société", headline, "© Kozinfo.com - Lundi 15 Juin 2026 - 09:58",
                "7 902 lectures", "Une rue de Yopougon inondée ce lundi matin (ph KOZ)", PROSE_FR, PROSE_FR_2);
        assertThat(portal.get(headline).reason()).isEqualTo("headline");
        assertThat(portal.get("© Kozinfo.com - Lundi 15 Juin 2026 - 09:58").kind()).isEqualTo(PassageKind.BODY);
        var daily = text("fr", "Economie", "Kaolack : les producteurs d'arachide attendent toujours leur argent",
                "KAOLACK (Correspondance) -", PROSE_FR, PROSE_FR_2);
        assertThat(daily.get("KAOLACK (Correspondance) -").kind()).isEqualTo(PassageKind.BODY);
    }

    /**
     * Photo credits in the forms agencies and platforms print them, each junk, and the caption next to it too; a
     * subhead under a credit that stands for the whole caption stays the article's.
     */
    @Test
    void credits_of_agencies_and_platforms_are_junk_and_a_subhead_under_one_is_not_a_caption() {
        String caption = "Traders at a foreign-exchange bureau in Lagos.";
        var en = text("en", PROSE_EN, caption, "Photographer: Taiwo Adebanjo/Caldwell", PROSE_EN_2,
                "Lena Hoffmann/AFP via Getty Images", PROSE_EN_3, "(PA Wire)", "David Zalubowski/AP, FILE");
        assertThat(en.get(caption).kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("Photographer: Taiwo Adebanjo/Caldwell").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("Lena Hoffmann/AFP via Getty Images").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("(PA Wire)").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("David Zalubowski/AP, FILE").kind()).isEqualTo(PassageKind.BOILERPLATE);

        var blog = text("en", PROSE_EN, "Photo by Tobias Wren on Unsplash", "Rules from the workbench", PROSE_EN_2,
                PROSE_EN_3);
        assertThat(blog.get("Photo by Tobias Wren on Unsplash").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertBody(blog, "Rules from the workbench");

        var fr = text("fr", PROSE_FR, "Photo Sami Belloumi – VDNPQR", PROSE_FR_2, "Crédit photo, AFP via Getty Images",
                PROSE_FR_3);
        assertThat(fr.get("Photo Sami Belloumi – VDNPQR").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(fr.get("Crédit photo, AFP via Getty Images").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /** Rounds 93-94: junk kinds named by rules, in French and English. */
    @Test
    void round_93_94_kinds_are_junk() {
        var en = text("en", PROSE_EN, "Voiced by Amazon Polly", "Listen In Arabic", PROSE_EN_2,
                "Do you like the content of this article?", "Key Points AI-assisted summary ⓘ",
                "National Weather Service Buffalo @NWSBuffalo · Follow", PROSE_EN_3);
        assertJunk(en, "Voiced by Amazon Polly", "listen");
        assertJunk(en, "Listen In Arabic", "listen");
        assertJunk(en, "Do you like the content of this article?", "feedback");
        assertJunk(en, "Key Points AI-assisted summary ⓘ", "summary");
        assertJunk(en, "National Weather Service Buffalo @NWSBuffalo · Follow", "embed-blocked");
        String caption = "Des chalutiers à quai au port de Keroman, à Lorient (Morbihan), en novembre 2025.";
        var fr = text("fr", PROSE_FR, caption, "ARCHIVES THIERRY LE BRIS, L'ÉCHO DE L'OUEST", PROSE_FR_2, "📊 SONDAGE",
                "Cet article est publié dans le cadre des blogs du Nouvel Écho. Son contenu relève de la seule "
                        + "responsabilité de son auteur.", PROSE_FR_3);
        assertThat(fr.get(caption).kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(fr.get("ARCHIVES THIERRY LE BRIS, L'ÉCHO DE L'OUEST").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertJunk(fr, "📊 SONDAGE", "poll");
        assertJunk(fr, "Cet article est publié dans le cadre des blogs du Nouvel Écho. Son contenu relève de la seule "
                + "responsabilité de son auteur.", "disclaimer");
    }

    /**
     * Rounds 93-94: a name in capitals right under the headline, over the date under its "Publication" label, is the
     * byline (alone, capitals read as a button); a wire story's "Contributing:" line at its foot is the article's.
     */
    @Test
    void a_byline_in_capitals_under_the_headline_and_a_contributing_line_are_the_articles() {
        String headline = "POUR UNE RÉFORME FONCIÈRE QUI PROTÈGE D'ABORD LES PAYSANS";
        var portal = text("fr", "ACCUEIL", "OPINIONS", "EXCLUSIF DAKARPLUS", headline, "ABDOURAHMANE SALL",
                "Publication 12/05/2026", PROSE_FR, PROSE_FR_2);
        assertThat(portal.get(headline).reason()).isEqualTo("headline");
        assertThat(portal.get("ABDOURAHMANE SALL").reason()).isEqualTo("byline");
        assertThat(portal.get("Publication 12/05/2026").kind()).isEqualTo(PassageKind.BODY);
        assertThat(portal.get("EXCLUSIF DAKARPLUS").kind()).isEqualTo(PassageKind.BOILERPLATE);

        var wire = text("en", PROSE_EN, PROSE_EN_2, "Contributing: Marco Ruiz, The Arizona Sun", "Most Popular");
        assertThat(wire.get("Contributing: Marco Ruiz, The Arizona Sun").kind()).isEqualTo(PassageKind.BODY);
    }

    /**
     * Rounds 95-96: a caption whose credit is glued to its full stop never takes the title, and a dateline of places,
     * date and time under the bylines keeps the headline over it.
     */
    @Test
    void a_caption_with_a_glued_credit_never_takes_the_title() {
        String headline = "Spain's unemployment rate falls below 10% for the first time since 2008";
        String caption = "Job seekers wait outside a public employment office in Seville, in a file image.PACO PUENTES ARIAS";
        var page = text("en", "Economy", "LABOR MARKET", headline,
                "The Labor Force Survey for the first quarter puts the jobless rate at 9.87%, although Spain still tops the "
                        + "euro zone", "Raúl Mendizábal Torres", "Nuria Castell",
                "Madrid / Barcelona - Apr 28, 2026 - 09:47 CEST", "Share on Whatsapp", "Share on Facebook", "Copy link",
                "Go to comments", caption, PROSE_EN, PROSE_EN_2);
        assertThat(page.get(headline).reason()).isEqualTo("headline");
        assertJunk(page, caption, "caption-credit");
        assertThat(page.get("Madrid / Barcelona - Apr 28, 2026 - 09:47 CEST").kind()).isEqualTo(PassageKind.BODY);
    }

    /** Rounds 95-96: junk kinds named by rules, and a reporter's and a translator's signatures kept. */
    @Test
    void round_95_96_kinds_are_junk_and_signatures_are_kept() {
        var en = text("en", PROSE_EN, "Watch", "Duration: 2 minutes 14 seconds2m 14s", "Video, 00:00:41", PROSE_EN_2,
                "RECEIVE IT IN YOUR EMAIL", "You have 4 gift articles remaining this month", PROSE_EN_3,
                "Translated by Emma Kelly", "Archived In", "Spain", "Madrid", "Thank you for being an HMP Plus subscriber. "
                        + "Your support makes our journalism possible.",
                "She covers business and the economy from Barcelona.");
        assertJunk(en, "Duration: 2 minutes 14 seconds2m 14s", "video");
        assertJunk(en, "Video, 00:00:41", "video");
        assertJunk(en, "RECEIVE IT IN YOUR EMAIL", "newsletter");
        assertJunk(en, "You have 4 gift articles remaining this month", "share");
        assertThat(en.get("Translated by Emma Kelly").kind()).isEqualTo(PassageKind.BODY);
        assertThat(en.get("Archived In").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("Thank you for being an HMP Plus subscriber. Your support makes our journalism possible.")
                .kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("She covers business and the economy from Barcelona.").kind()).isEqualTo(PassageKind.BOILERPLATE);

        var fr = text("fr", PROSE_FR, PROSE_FR_2, PROSE_FR_3, "De Labé, Abdoulaye Diallo pour Kaloum7.com", "J'aime ça :",
                "1.Posté par Abdelkrim le 24/02/2026 13:12", "Les intermédiaires s'enrichissent sur le dos du peuple.",
                "Les commentaires sont modérés. Tout propos injurieux, diffamatoire ou raciste sera supprimé.");
        assertThat(fr.get("De Labé, Abdoulaye Diallo pour Kaloum7.com").kind()).isEqualTo(PassageKind.BODY);
        assertJunk(fr, "J'aime ça :", "share");
        assertThat(fr.get("Les intermédiaires s'enrichissent sur le dos du peuple.").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
        assertThat(fr.get("Les commentaires sont modérés. Tout propos injurieux, diffamatoire ou raciste sera supprimé.")
                .kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * A page whose header has no line that could be the headline (a key-points box first) is read without failing:
     * the check for a caption under a photo credit never looks above the first line.
     */
    @Test
    void a_page_opening_on_sentences_with_no_headline_is_read() {
        var page = text("fr", "Les 28 postes concernés seront transférés à Delémont.",
                "Une pétition a déjà recueilli 4200 signatures.", PROSE_FR, PROSE_FR_2);
        assertBody(page, PROSE_FR, PROSE_FR_2);
    }

    /**
     * Readers' pages: a blog's meta line opening on its date and naming its author, and an agency's meta row holding
     * "Posted on: date", are the article's; the headline over each is the title, not a caption with its "©" credit
     * nor the agency's tagline over the menu.
     */
    @Test
    void meta_lines_with_the_date_keep_the_headline_over_them() {
        String blogHeadline = "From the field: When the borehole ran dry in Kalomo";
        String caption = "Women queue at the Siachitema hand pump at dawn, October 2025. © Clearwater Outreach / R. Mwale";
        var blog = text("en", "Clearwater Outreach", "Home", "Who We Are", "Where We Work", "Field Blog", "Reports",
                "DONATE NOW", "Field Blog", blogHeadline,
                "13 November 2025 · Field notes, Zambia, Water · by Ruth Mwale, Programme Officer, Southern Province",
                "⏱ 6 min read", caption, PROSE_EN, PROSE_EN_2);
        assertThat(blog.get(blogHeadline).reason()).isEqualTo("headline");
        assertJunk(blog, caption, "caption-credit");

        String agencyHeadline = "Ganjam farmers to get solar pumps under new scheme; 12,000 units in first phase";
        var agency = text("en", "Skip to main content", "ODISHA STATE NEWS SERVICE (OSNS)",
                "An autonomous news agency of the Information & Public Relations Department",
                "Last updated: 19 Feb 2026, 05:48 PM IST", "Home", "State", "Districts", "Government", "Assembly",
                "Business", "Sports", "Press Releases", "Contact Us", "State News", agencyHeadline,
                "Category: Districts | Posted on: 19-02-2026 | 4:35 PM | Hits: 382", "Print", "Email", PROSE_EN,
                PROSE_EN_2);
        assertThat(agency.get(agencyHeadline).reason()).isEqualTo("headline");
    }

    /**
     * An advertisement's text under its label speaks in offers and calls to act: it is the ad's; the paragraph under
     * a label whose ad the copy dropped is the article's, however many figures it holds.
     */
    @Test
    void an_ads_own_text_under_its_label_is_junk_and_a_paragraph_is_not() {
        String optician = "Vos lunettes à -40% chez Optique Rivière — Rue de Fer, Namur. Offre valable jusqu'au 28/02.";
        String bank = "Coris Bank : votre crédit scolaire en 48 heures";
        String figures = "Les trois associés ont investi de leur côté près de 90 000 euros, notamment dans une cuve en "
                + "cuivre et une cave d’affinage.";
        var fr = text("fr", PROSE_FR, "PUBLICITÉ", optician, PROSE_FR_2, "Publicité", bank, PROSE_FR_3, "Publicité",
                figures, PROSE_FR);
        assertJunk(fr, optician, "ad");
        assertJunk(fr, bank, "ad");
        assertBody(fr, figures);

        String hiring = "Hiring: Band Administrator, Wapekeka River First Nation. Apply by March 20.";
        var en = text("en", PROSE_EN, "ADVERTISEMENT", hiring, PROSE_EN_2, "Advertisement",
                "The union is also seeking a pay rise of $2.50 an hour, bringing the base rate to just over $30.", PROSE_EN_3);
        assertJunk(en, hiring, "ad");
        assertBody(en, "The union is also seeking a pay rise of $2.50 an hour, bringing the base rate to just over $30.");
    }

    /**
     * Rounds 99-100: an academic's line with their role under the headline is the byline, never the title, and the
     * caption over a credit of several agencies is junk; an agency desk's initials sign the dispatch (kept), and the
     * kinds named by rules are junk.
     */
    @Test
    void round_99_100_kinds() {
        String headline = "Learning in isiXhosa: what a five-year mother-tongue experiment in Eastern Cape schools tells us";
        String author = "Nomvuyo Mbeki, Senior Lecturer in Language Education, Walter Sisulu University";
        var academics = text("en", "Education", "Politics + Society", "Podcasts", headline,
                "Grade 6 learners in a classroom in Mthatha.", "Lulama Zenzile/Foto24/Gallo Images via Getty Images", author,
                "Published: January 27, 2026 4:05pm SAST", "Email", "Facebook", PROSE_EN, PROSE_EN_2);
        assertThat(academics.get(headline).reason()).isEqualTo("headline");
        assertThat(academics.get(author).reason()).isEqualTo("byline");
        assertThat(academics.get("Grade 6 learners in a classroom in Mthatha.").kind()).isEqualTo(PassageKind.BOILERPLATE);

        var fr = text("fr", PROSE_FR, "Faites défiler pour continuer", PROSE_FR_2, PROSE_FR_3, "AD/ADL/ASG",
                "Pavés est un média indépendant, financé par ses lecteurs et ses lectrices.",
                "Votre don est déductible à 66 % de vos impôts.", "Une question, une précision, une erreur ? Écrivez-nous");
        assertJunk(fr, "Faites défiler pour continuer", "ad");
        assertThat(fr.get("AD/ADL/ASG").kind()).isEqualTo(PassageKind.BODY);
        assertJunk(fr, "Pavés est un média indépendant, financé par ses lecteurs et ses lectrices.", "donate");
        assertJunk(fr, "Votre don est déductible à 66 % de vos impôts.", "donate");
        assertJunk(fr, "Une question, une précision, une erreur ? Écrivez-nous", "feedback");
    }

    /**
     * A third reader's pages: a portal's masthead over its page clock and menu gives the title to the headline under
     * the menu (over its standfirst and its meta row "Rédaction X | 06/03/2026 à 17h25"), even right under an ad's
     * label; a fact-check's fields ("Claim Review:", "Claimed By:") never take the title.
     */
    @Test
    void a_masthead_over_the_menu_and_a_fact_checks_fields_never_take_the_title() {
        String headline = "Kara : 48 nouvelles salles de classe livrées avant la rentrée de janvier";
        var portal = text("fr", "TogoFirst Actu – Le portail de l'actualité togolaise", "Connexion   Inscription",
                "Samedi 7 mars 2026", "NATION", "ÉCONOMIE", "SOCIÉTÉ", "REGIONS", "SPORTS", "DIASPORA", "VIDÉOS",
                "Publicité", headline,
                "L'État et l'UNICEF achèvent un programme de reconstruction scolaire dans la Kozah et la Binah",
                "Rédaction TogoFirst Actu  |  06/03/2026 à 17h25  |  Lecture 3 min  |  💬 4", PROSE_FR, PROSE_FR_2);
        assertThat(portal.get(headline).reason()).isEqualTo("headline");
        assertThat(portal.get("TogoFirst Actu – Le portail de l'actualité togolaise").kind())
                .isEqualTo(PassageKind.BOILERPLATE);

        String check = "Viral video of 'flooded Chennai airport' is from 2015, not this week's rain";
        var factCheck = text("en", "SatyaCheck", "Home", "Fact Checks", "Explainers", "Subscribe", "Fact Check", check,
                "Claim Review: A video showing aircraft stuck in floodwater at Chennai airport is from this week's rain",
                "Claimed By: Multiple X and Facebook users", "Fact Check: FALSE", "Written By: Ananya Raghavan",
                "Published: 28 Nov 2026, 11:45 AM IST", PROSE_EN, PROSE_EN_2);
        assertThat(factCheck.get(check).reason()).isEqualTo("headline");
    }

    /**
     * Rounds 103-104: a headline with few small words is no row of links (a row capitalises its items); a "Last
     * modified on …" line is a date, never the title; a photographer's "Name for The Paper" over the byline never
     * takes the title.
     */
    @Test
    void a_headline_with_few_small_words_and_a_photographers_credit_over_the_byline() {
        String reef = "Southern Great Barrier Reef hit by severe bleaching for third time in five years, survey finds";
        var broadsheet = text("en", "Environment", "Science", "Great Barrier Reef", reef,
                "Aerial surveys show more than two-thirds of reefs between Mackay and Gladstone affected",
                "View image in fullscreen", "Oliver Pemberton", "Environment reporter", "Thu 19 Mar 2026 05.00 AEDT",
                "Last modified on Thu 19 Mar 2026 11.42 AEDT", "Share", PROSE_EN, PROSE_EN_2);
        assertThat(broadsheet.get(reef).reason()).isEqualTo("headline");

        String oregon = "A Small Oregon Town Bet on Its Hot Springs. Now Its Neighbors Want In.";
        var paper = text("en", "Skip to content",
                "Skip to site index",
                "Climate",
                "SEARCH",
                "Log in",
                "Subscribe for $1 a week",
                "U.S.",
                "World",
                "Business",
                "Arts",
                "Lifestyle",
                "Opinion",
                "Audio",
                "Games",
                "Cooking",
                "Wirecutter",
                "The Athletic",
                "Tuesday, January 27, 2026",
                "Today's Paper",
                "Climate Forward: The science and politics of a warming planet. Get it sent to your inbox.",
                "Climate and Environment",
                "Advertisement",
                "SKIP ADVERTISEMENT",
                "A Small Oregon Town Bet on Its Hot Springs. Now Its Neighbors Want In.",
                "A municipal geothermal network has cut heating bills for schools and homes in "
                        + "Lakeview. Three nearby counties are asking whether the idea can travel.",
                "Share full article",
                "Gift",
                "127",
                "Steam rising from a well at the edge of Lakeview, Ore., where the town taps water "
                        + "heated deep underground.",
                "Amanda Lucier for The New York Chronicle",
                "By Hannah Lindgren and Marco Reyes",
                "Photographs by Amanda Lucier",
                "Hannah Lindgren and Marco Reyes traveled to Lake County, Ore., and spoke with more "
                        + "than two dozen residents, engineers and local officials.",
                "Jan. 27, 2026",
                PROSE_EN, PROSE_EN_2);
        assertThat(paper.get(oregon).reason()).isEqualTo("headline");
    }

    /**
     * Rounds 105-106: a headline capitalising its small words ("… Jailed For Six Years Over Posts On …") right under a
     * menu written a word a line, with its byline and date under it, heads the article, not a widget's notice over the
     * first paragraph nor a banner at the top; a rates ticker never does; a one-line menu parts the site's motto from
     * the article's headline with its own date.
     */
    @Test
    void a_headline_capitalising_its_small_words_under_a_menu_heads_the_article_and_a_rates_ticker_never_does() {
        String capped = "Tajik Blogger Jailed For Six Years Over Posts On Dam Resettlement";
        var broadcaster = text("en", "Skip to main content", "Search", "Home", "Russia", "Ukraine", "Central Asia",
                "Belarus", "Balkans", "Investigations", "Podcasts", "Tajikistan", capped, "By Dilnoza Karimova",
                "March 4, 2026 09:15 GMT", "Share", "Print", "Embed", "Share on Facebook",
                "The link has been copied to your clipboard", PROSE_EN, PROSE_EN_2);
        assertThat(broadcaster.get(capped).reason()).isEqualTo("headline");
        assertJunk(broadcaster, "The link has been copied to your clipboard", "share");

        String exile = "Siberian Pensioners Protest Water Bills That Doubled After Meter Reform";
        var inExile = text("en", "Skip to main content", "Blocked in your country? Try our app or our mirror address",
                "Donate today", "The Riverside Courier", "News", "Opinion", "Business", "Regions", "Podcasts",
                "Archive", "Search", exile, "Officials in the region blamed a software fault as thousands of "
                        + "households received bills twice as high as in December, and promised refunds within a month.",
                "Feb. 3, 2026", "Updated: Feb. 4, 2026", PROSE_EN, PROSE_EN_2);
        assertThat(inExile.get(exile).reason()).isEqualTo("headline");

        String headline = "Kiffa : la société des eaux annonce des coupures dans quatre quartiers";
        var portal = text("fr", "MAURINFO", "Le carrefour de l'information du pays", "Mardi 12 Mai 2026 - 09:40",
                "Accueil - Actualités - Communiqués - Régions - Sports - Culture - Annonces", "Rechercher",
                "Change : 1 Euro = 44,90 MRU - 1 Dollar = 39,70 MRU", "PUBLICITÉ", "Flash :",
                "Le gouvernement adopte un décret sur la pêche artisanale", "Actualités", headline,
                "12-05-2026 08:55", "Lu 1 204 fois", "Imprimer", PROSE_FR, PROSE_FR_2);
        assertThat(portal.get(headline).reason()).isEqualTo("headline");
        assertThat(portal.get("Change : 1 Euro = 44,90 MRU - 1 Dollar = 39,70 MRU").reason()).isNotEqualTo("headline");
    }

    /**
     * Rounds 105-106 kinds: an embed's size fields, an outlet's letter to its readers after the article (its
     * paragraphs too), a comment count with a colon or in brackets, a weekly newsletter's pitch, a caption closing on
     * "(illustration)", a portal's disclaimer on its articles, a reading time in "mins"; kept: "Additional sources •
     * AFP", a radio's "Avec notre correspondant à X, Name". An acronym in brackets closing a sentence is no credit.
     */
    @Test
    void round_105_106_kinds() {
        String letter = "We are facing the hardest year in our history. The authorities have declared our newsroom "
                + "undesirable and anyone who donates to us risks a fine, yet we will go on reporting from abroad.";
        var exile = text("en", "Dam resettlement stalls as villagers refuse new plots",
                "Reading Time: 4 mins read", PROSE_EN, PROSE_EN_2, PROSE_EN_3, "width px height px",
                "A message from The Riverside Courier:", "Dear readers,", letter, "Once", "Monthly", "Continue",
                "A weekly roundup of the news from the Caucasus and Central Asia, delivered on Fridays.", "Subscribe");
        assertJunk(exile, "Reading Time: 4 mins read", "reading-time");
        assertJunk(exile, "width px height px", "video");
        assertJunk(exile, "A message from The Riverside Courier:", "donate");
        assertThat(exile.get(letter).kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertBody(exile, PROSE_EN_3);

        var portal = text("fr", "Kiffa : la société des eaux annonce des coupures dans quatre quartiers",
                "Avec notre correspondant à Kiffa, Mohamed Lemine Ould Sidi",
                "Un château d'eau à l'entrée de Kiffa (illustration)", PROSE_FR, PROSE_FR_2, PROSE_FR_3,
                "Additional sources • AFP, APS",
                "Les articles et commentaires publiés sur ce site sont sous la seule responsabilité de leurs auteurs.",
                "Commentaires : 12", "[ 7 ]");
        assertBody(portal, "Avec notre correspondant à Kiffa, Mohamed Lemine Ould Sidi", "Additional sources • AFP, APS");
        assertJunk(portal, "Un château d'eau à l'entrée de Kiffa (illustration)", "caption");
        assertJunk(portal, "Les articles et commentaires publiés sur ce site sont sous la seule responsabilité de leurs "
                + "auteurs.", "disclaimer");
        assertJunk(portal, "Commentaires : 12", "comments");
        assertThat(portal.get("[ 7 ]").kind()).isEqualTo(PassageKind.BOILERPLATE);

        String acronym = "Il y a deux ans, le drone d'observation n'était qu'un projet parmi d'autres dans les plans "
                + "de l'état-major, selon un document publié par la Direction générale de l'armement [DGA].";
        var blog = text("fr", "L'armée commande 500 drones d'observation supplémentaires pour ses régiments",
                "Par Julien Marchetti · 12 février 2026 · Armée de Terre", acronym, PROSE_FR, PROSE_FR_2);
        assertBody(blog, acronym);
    }

    /**
     * A photo's caption written the agencies' way between two paragraphs, with no credit: one sentence describing the
     * scene, ending on when ("…, à Kayes, le 4 mars 2026.", "…, on Feb. 18."). A paragraph that reports (a past or
     * future tense, "said", a quotation) or opens on a dateline's dash keeps its place, whatever date it ends on.
     */
    @Test
    void a_caption_ending_on_its_date_between_paragraphs_is_a_caption() {
        String french = "Des orpailleurs tamisent la terre près d'un puits artisanal, dans la région de Kayes, le 4 mars 2026.";
        String english = "Herders water their cattle at a borehole outside Agadez, Niger, on Feb. 18.";
        String reported = "The ministry said the new schedule would take effect across the region from Monday, April 13.";
        String passe = "Le gouverneur a inauguré le nouveau forage du quartier Plateau, à Kayes, le 4 mars 2026.";
        String dateline = "KAYES, Mali – Twelve families from the mining village received new plots on the hill, March 2.";
        var page = text("fr", "Kayes : la ruée vers l'or épuise les nappes phréatiques", PROSE_FR, french, PROSE_FR_2,
                english, passe, PROSE_FR_3, reported, dateline, PROSE_EN);
        assertJunk(page, french, "caption");
        assertJunk(page, english, "caption");
        assertBody(page, reported, passe, dateline);
    }

    /**
     * Rounds 107-108 kinds: a blog's related posts under their category ("Dans « Société »"), an author's note with
     * an appeal closing the article, a desk's bio, an aggregator's notes, "Contenu proposé par X", a newsletter's
     * "Get our X every Wednesday", a blocked embed's long notice; kept: where a republished article first appeared.
     */
    @Test
    void round_107_108_kinds() {
        String appeal = "Hi, this is the reporter who wrote this story. Covering the front costs money, and we rely on "
                + "readers like you to keep doing it. Please consider becoming a member today.";
        String blocked = "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. " + PROSE_FR
                + " " + PROSE_FR_2;
        var page = text("en", "Drones strike fuel depot near the border, army says", PROSE_EN, blocked, PROSE_EN_2,
                PROSE_EN_3, "Article original publié sur Radio Plateau Info", "Note from the author:", appeal, "Support us",
                "We are the news team of The Plateau Dispatch. We work around the clock to bring you the news.",
                "Get our Sahel Business Brief every Wednesday. Free for registered readers.",
                "Contenu proposé par Plateau Shopping",
                "Wire Africa publishes around 500 reports a day from more than 120 news organisations.",
                "La saison des pluies menace les récoltes", "Dans « Société »");
        assertBody(page, "Article original publié sur Radio Plateau Info");
        assertJunk(page, blocked, "embed-blocked");
        assertJunk(page, "Note from the author:", "donate");
        assertThat(page.get(appeal).kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertJunk(page, "Dans « Société »", "related");
        for (String line : List.of("We are the news team of The Plateau Dispatch. We work around the clock to bring you "
                + "the news.", "Get our Sahel Business Brief every Wednesday. Free for registered readers.",
                "Contenu proposé par Plateau Shopping",
                "Wire Africa publishes around 500 reports a day from more than 120 news organisations.")) {
            assertThat(page.get(line).kind()).as(line).isEqualTo(PassageKind.BOILERPLATE);
        }
    }

    /**
     * Round 108: a subhead capitalising every word between two paragraphs, with its section's icon label over it
     * ("Title icon"), is the article's subhead, not a one-line menu.
     */
    @Test
    void a_title_case_subhead_under_its_icon_label_between_paragraphs_is_a_subhead() {
        List<String> lines = new ArrayList<>(List.of("Ethiopia opens its banking sector to foreign lenders", PROSE_EN));
        String[] sections = {"Know More", "The View From Addis Ababa", "Room for Disagreement", "Notable"};
        String[] paragraphs = {PROSE_EN_2, PROSE_EN_3, "The central bank said it had received six applications so far, "
                + "most of them from lenders that already run representative offices in the capital.", "Analysts expect "
                + "the first licences to be granted before the end of the year, once the capital rules are settled."};
        for (int k = 0; k < sections.length; k++) {
            lines.addAll(List.of("Section icon", sections[k], paragraphs[k]));
        }
        var page = text("en", lines.toArray(String[]::new));
        assertBody(page, "The View From Addis Ababa", "Room for Disagreement");
        assertThat(page.get("Section icon").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Found by an acceptance walk and rounds 109-110: a US daily's credit glued to its caption ("… in April.Credit...
     * Name") or alone, "Reporting from X" under the byline (the article's dateline, never its title), a link to the
     * story in another language; a headline opening "In Senegal, a …" is no tag line.
     */
    @Test
    void a_glued_credit_a_reporting_from_line_and_a_language_link() {
        String caption = "Women sort seaweed on the beach at Joal in April.Credit...Awa Ndiaye for The Daily";
        var page = text("en", "In Senegal, a Fishing Town Bets on Seaweed", caption, "By Claire Dubois",
                "Reporting from Joal-Fadiouth, Senegal", "May 9, 2025", "Leer en español", "Read this story in Russian",
                PROSE_EN, PROSE_EN_2);
        assertThat(page.get(caption).reason()).isEqualTo("caption-credit");
        // "In X, a …" opens a headline; a tag line "In Politics, Africa" lists short topics only.
        assertThat(page.get("In Senegal, a Fishing Town Bets on Seaweed").reason()).isEqualTo("headline");
        assertJunk(text("en", "In Politics, West Africa, Fisheries"), "In Politics, West Africa, Fisheries", "tags");
        assertBody(page, "Reporting from Joal-Fadiouth, Senegal");
        assertThat(page.get("Reporting from Joal-Fadiouth, Senegal").reason()).isNotEqualTo("headline");
        assertJunk(page, "Leer en español", "interface");
        assertJunk(page, "Read this story in Russian", "interface");
    }

    /**
     * Round 112: a news ticker running headlines together between runs of bullets is never the article's first
     * paragraph, and a player's "VIDÉO - …" title over the article's headline does not take its place.
     */
    @Test
    void a_ticker_and_a_players_title_never_head_the_article() {
        String ticker = "Santé : la gratuité des soins étendue à 40 nouveaux districts ••• CAN U20 : les Éléphanteaux en "
                + "finale ••• Météo : fortes pluies attendues sur le littoral ce week-end";
        String player = "VIDÉO - Le maire de Cocody au micro de notre rédaction";
        String headline = "Cocody : la mairie lance la réhabilitation du marché de Blockhauss après l'incendie";
        var page = text("fr", "FLASH INFO", ticker, "Connexion", "Accueil", "Politique", "Économie", "Société", "Sport",
                "Accueil › Vidéos › Société", "00:00 / 04:26", "Regarder sur YouTube", player, headline,
                "Publié le :", "12/02/2026 à 14:35", "Par :", "Koffi Ange Yao", PROSE_FR, PROSE_FR_2);
        assertJunk(page, ticker, "ticker");
        assertThat(page.get(headline).reason()).isEqualTo("headline");
        assertThat(page.get(player).kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Rounds 111-112 kinds: an outlet's appeal, "More by Name", "You may also like these stories:" closing the article,
     * the print edition on sale, an ad's button, "REGARDER AUSSI :" over a video's teaser.
     */
    @Test
    void round_111_112_kinds() {
        var page = text("fr", "Cocody : la mairie lance la réhabilitation du marché de Blockhauss", PROSE_FR,
                "Retrouvez l'intégralité de ce dossier dans notre édition de jeudi, disponible en kiosque et en ligne.",
                PROSE_FR_2, PROSE_FR_3, "J'en profite", "REGARDER AUSSI : BAC 2025 - Les coulisses de la correction",
                "Support The River Mirror. Your contribution keeps independent journalism on the delta alive.",
                "More by Nang Seng Mai", "You may also like these stories:",
                "Gold Prices Hit New High in Mandalay as Investors Shun the Kyat");
        assertJunk(page, "Retrouvez l'intégralité de ce dossier dans notre édition de jeudi, disponible en kiosque et en "
                + "ligne.", "print-edition");
        assertJunk(page, "J'en profite", "ad");
        assertJunk(page, "REGARDER AUSSI : BAC 2025 - Les coulisses de la correction", "read-also");
        assertJunk(page, "Support The River Mirror. Your contribution keeps independent journalism on the delta alive.",
                "donate");
        assertJunk(page, "More by Nang Seng Mai", "author-link");
        assertJunk(page, "You may also like these stories:", "related");
        assertThat(page.get("Gold Prices Hit New High in Mandalay as Investors Shun the Kyat").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
        assertBody(page, PROSE_FR_3);
    }

    /**
     * Kinds a fourth reader found: a search box's placeholder and a radio's listen-live bar never head the article; a
     * headline over its photo's credit, with the caption a short sentence under the credit, is the headline; a meta
     * row with its byline ("8 avril 2026 | Par X | Temps de lecture : 4 min") states the article's header.
     */
    @Test
    void a_search_placeholder_a_listen_live_bar_and_a_headline_over_its_credit() {
        String headline = "Filière anacarde : le Gouvernement fixe le prix plancher à 525 FCFA le kilogramme";
        var portal = text("fr", "RÉPUBLIQUE DU BÉNIN", "Portail officiel du Gouvernement", "Accueil", "Gouvernement",
                "Conseil des ministres", "Actualités", "Programme d'Action du Gouvernement", "Services en ligne",
                "Documents", "Rechercher sur le site…", "Accueil / Actualités / Économie", "Publié le : 11 mars 2026",
                "Catégorie : Économie, Agriculture", headline, "Crédit photo : SGG / Cellule communication",
                "Vue d'un centre de collecte de noix de cajou à Tchaourou.", PROSE_FR, PROSE_FR_2);
        assertJunk(portal, "Rechercher sur le site…", "interface");
        assertThat(portal.get(headline).reason()).isEqualTo("headline");
        assertJunk(portal, "Vue d'un centre de collecte de noix de cajou à Tchaourou.", "caption");

        String radio = "Charleroi : le métro léger desservira Gosselies d'ici 2029";
        var station = text("fr", "Écouter le direct : Radio Hainaut – 12:00 Le journal de la mi-journée", "Accueil",
                "Info", "Sport", "Régions", "Culture", radio, "Par Thomas Delvaux avec Belga",
                "Publié le jeudi 02 octobre 2025 à 11h40", PROSE_FR, PROSE_FR_2);
        assertJunk(station, "Écouter le direct : Radio Hainaut – 12:00 Le journal de la mi-journée", "listen");
        assertThat(station.get(radio).reason()).isEqualTo("headline");

        String weekly = "Câblage automobile : un équipementier allemand investit 60 millions de dinars à Béja";
        var magazine = text("fr", "L'Hebdo Éco – Le magazine des affaires en Tunisie", "Mercredi, 8 avril 2026",
                "Actualités", "Entreprises", "Finance", "Bourse", "Énergie", "Régions", "Abonnez-vous", "ENTREPRISES",
                weekly, "8 avril 2026  |  Par Sonia Ben Romdhane  |  Temps de lecture : 4 min",
                "Partager sur : Facebook  LinkedIn  X  Email", PROSE_FR, PROSE_FR_2);
        assertThat(magazine.get(weekly).reason()).isEqualTo("headline");
        assertBody(magazine, "8 avril 2026  |  Par Sonia Ben Romdhane  |  Temps de lecture : 4 min");
    }

    /**
     * Rounds 113-114: a headline over a deck of three summary lines without full stops is the headline; a blog's
     * comment form, related posts glued to their tab, "Watch on YouTube", "Show external content", a view count
     * after an eye, a paywall's "Support credible journalism. Subscribe …", "PAY ATTENTION:", a quoted post's
     * signature line; kept: "Le Secrétaire général du Gouvernement" signing a communiqué.
     */
    @Test
    void a_headline_over_three_deck_lines_and_round_113_114_kinds() {
        String headline = "Kisumu Hawker Who Sold Samosas for 12 Years Graduates With Law Degree at 44";
        var portal = text("en", "Home", "Politics", "Business", "People", "Sports", "ADVERTISEMENT", "People", headline,
                "Achieng Otieno started selling samosas at the Kisumu bus park in 2013 to support her four children",
                "She enrolled for a law degree at the age of 40, attending evening classes after closing her stall",
                "The mother of four said her eldest son, a nurse, helped pay her final-year fees",
                "by Faith Chepkorir", "3 min read", "Friday, January 23, 2026 at 2:47 PM", PROSE_EN, PROSE_EN_2,
                "PAY ATTENTION: Share your outstanding story with our editors! Drop us a line.", PROSE_EN_3,
                "— Hon. Jane Akinyi (@JaneAkinyi) March 4, 2026", "Watch on YouTube", "Show external content",
                "👁 2 318", "Support credible journalism. Subscribe to The Lake Courier for only KSh 300 a month.");
        assertThat(portal.get(headline).reason()).isEqualTo("headline");
        for (String junk : List.of("PAY ATTENTION: Share your outstanding story with our editors! Drop us a line.",
                "— Hon. Jane Akinyi (@JaneAkinyi) March 4, 2026", "Watch on YouTube", "Show external content", "👁 2 318",
                "Support credible journalism. Subscribe to The Lake Courier for only KSh 300 a month.")) {
            assertThat(portal.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }

        var blog = text("fr", "Kribi : le port accueille son premier navire de 400 mètres", PROSE_FR, PROSE_FR_2,
                PROSE_FR_3, "Le Secrétaire général du Gouvernement", "ARTICLES SIMILAIRESPLUS DE L'AUTEUR",
                "Douala : la CUD annonce un nouveau plan de lutte contre les inondations",
                "LAISSER UN COMMENTAIRE Annuler la réponse", "Please enter your comment!",
                "Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.");
        assertBody(blog, "Le Secrétaire général du Gouvernement");
        for (String junk : List.of("ARTICLES SIMILAIRESPLUS DE L'AUTEUR",
                "Douala : la CUD annonce un nouveau plan de lutte contre les inondations",
                "LAISSER UN COMMENTAIRE Annuler la réponse", "Please enter your comment!",
                "Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.")) {
            assertThat(blog.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
    }

    /**
     * Rounds 115-116: an advertisement's copy under its label is no deck line of the headline under it; a caption over
     * a portal's credit naming the site and the photographer's initials ("© aBamako.com par A.S") never heads the
     * article; a view count under its label is page matter.
     */
    @Test
    void an_ads_copy_and_a_caption_over_a_portals_credit_never_head_the_article() {
        String harare = "Harare council suspends water tariff hike after residents' court challenge";
        var diaspora = text("en", "Home", "News", "Business", "Diaspora", "Sport", "Search for:", "Advertisement",
                "Send money to Zimbabwe from the UK - Zero fees on your first transfer. Cash pick-up in Harare in minutes",
                harare, "By Tendai Mupfumira", "Senior Reporter", "February 4, 2026", PROSE_EN, PROSE_EN_2);
        assertThat(diaspora.get(harare).reason()).isEqualTo("headline");

        String bamako = "Bamako : les transporteurs suspendent leur grève après un accord sur les frais de stationnement";
        String caption = "Des minibus immobilisés à la gare routière de Djicoroni-Para mercredi";
        var portal = text("fr", "Accueil » Actualité » Economie", "Economie", bamako, "Nombre de lectures : 3 215",
                "Publié le jeudi 22 janvier 2026 - Le Républicain", "Imprimer", "Envoyer à un ami", "Partager sur Facebook",
                "Commentaires (11)", caption, "© aBamako.com par A.S", "Par Mahamadou TRAORÉ", PROSE_FR, PROSE_FR_2);
        assertThat(portal.get(bamako).reason()).isEqualTo("headline");
        assertThat(portal.get(caption).kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertJunk(portal, "Nombre de lectures : 3 215", "views");
    }

    /**
     * Rounds 117-118: a video's skippable advertisement, a partner's sponsored teaser, a social network's post quoted in
     * the page, a feedback form's prompt, the editor who put the article online, a nonprofit's appeal, a subscription
     * price in rand, a video carousel's heading, a third party's blocked content, and "Lisez aussi" are page matter.
     */
    @Test
    void the_kinds_of_rounds_117_and_118_are_page_matter() {
        var page = text("fr", "Le radar-tronçon du ring de Bruxelles a flashé plus de 48.000 automobilistes en six mois",
                "Par Julie Marchand", "Publié le 4 février 2026", PROSE_FR, "Passer la pub dans 5",
                "Contenu proposé par notre partenaire - Placements : comment profiter de la baisse des taux en 2026 ?",
                PROSE_FR_2, "Lisez aussi", "Voici les 12 nouveaux radars-tronçons qui seront installés en Wallonie cette année",
                PROSE_FR_3, "Vidéos : en ce moment sur proxi.info",
                "Ce contenu est fourni par X. Pour pouvoir le visualiser, vous devez accepter l'usage étant opéré par X "
                        + "avec vos données.", PROSE_FR + " Encore.");
        assertJunk(page, "Passer la pub dans 5", "video");
        assertJunk(page, "Contenu proposé par notre partenaire - Placements : comment profiter de la baisse des taux en 2026 ?",
                "ad");
        assertJunk(page, "Lisez aussi", "read-also");
        assertJunk(page, "Vidéos : en ce moment sur proxi.info", "video");
        assertJunk(page, "Ce contenu est fourni par X. Pour pouvoir le visualiser, vous devez accepter l'usage étant opéré "
                + "par X avec vos données.", "embed-blocked");
        assertBody(page, PROSE_FR_2, PROSE_FR_3);

        var english = text("en", "Shrimp ponds creep back into restored mangroves on Sumatra's east coast, study finds",
                "By Ayu Lestari", "4 March 2026", PROSE_EN,
                "Pensioners in Osogbo this morning. Police are now firing teargas at old men and women. pic.twitter.com/kX7Rt2LmQp",
                PROSE_EN_2,
                "The M&O is a champion of independent journalism. Subscribe from R30 a month and help us keep asking the hard questions.",
                PROSE_EN_3, "FEEDBACK: Use this form to send a message to the author of this post. If you want to post a public "
                        + "comment, you can do that at the bottom of the page.", "Article published by Hannah Ferris",
                "Ecobay is a nonprofit news organization. Our reporting is free for everyone, thanks to readers like you.");
        assertJunk(english, "Pensioners in Osogbo this morning. Police are now firing teargas at old men and women. "
                + "pic.twitter.com/kX7Rt2LmQp", "social");
        assertJunk(english, "The M&O is a champion of independent journalism. Subscribe from R30 a month and help us keep "
                + "asking the hard questions.", "subscribe");
        assertJunk(english, "Article published by Hannah Ferris", "editor");
        assertThat(english.get("Ecobay is a nonprofit news organization. Our reporting is free for everyone, thanks to "
                + "readers like you.").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(english.get("FEEDBACK: Use this form to send a message to the author of this post. If you want to post a "
                + "public comment, you can do that at the bottom of the page.").kind()).isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Rounds 117-118: an agency's bare name between the headline and the dateline is the byline, not a photo credit;
     * a site's motto over a menu that opens with a desk word ("Newsroom") is no headline.
     */
    @Test
    void an_agency_under_the_headline_is_the_byline_and_a_desk_word_heading_a_menu_is_the_menu() {
        String headline = "Nigeria's central bank holds key rate as inflation slows for sixth month";
        var wire = text("en", "Home › News › West Africa", "WEST AFRICA", headline, "Reuters",
                "Published: Tue, 24 Mar 2026 16:05 CAT", "Share", PROSE_EN, PROSE_EN_2);
        assertThat(wire.get(headline).reason()).isEqualTo("headline");
        assertThat(wire.get("Reuters")).isEqualTo(PassageClassification.body("byline"));

        String shrimp = "Shrimp ponds creep back into restored mangroves on Sumatra's east coast, study finds";
        var motto = text("en", "Skip to content", "Ecobay", "Environmental science and conservation news from the frontlines",
                "Newsroom", "Specials", "Podcast", "Videos", "Impact", "Conservation news", shrimp,
                "by Ayu Lestari on 4 March 2026", "Share this article", PROSE_EN, PROSE_EN_2);
        assertThat(motto.get(shrimp).reason()).isEqualTo("headline");
        assertJunk(motto, "Newsroom", "menu");
        assertThat(motto.get("Environmental science and conservation news from the frontlines").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
    }

    /**
     * Rounds 117-118 and an acceptance walk (session 16): the article goes on under a video player set inside it (its
     * heading, the video's title, its running time), and after a "read also" box when a subhead stands between its
     * sections; a labelled pull quote repeats the paragraph it quotes; a credit opening its caption on one line and a
     * copyright line with all rights reserved are page matter.
     */
    @Test
    void the_article_goes_on_past_a_player_and_a_pull_quote_repeats_its_paragraph() {
        var page = text("fr", "Caen : le pont de la Fonderie fermé trois mois pour travaux, voici les déviations",
                "Par Julie Marchand", "Publié le 9 juin 2026 à 17h45", PROSE_FR, PROSE_FR_2,
                "Vidéos : en ce moment sur proxi.info", "Normandie : la plage d'Houlgate envahie par les méduses", "00:48",
                "Des bus déviés", PROSE_FR_3, PROSE_FR + " Le tram n'est pas affecté.",
                "Photo : Emmanuel Gyang / La Voix du Plateau. Les membres de la coopérative devant la chambre froide.",
                "© La Voix du Plateau – Tous droits réservés");
        assertBody(page, "Des bus déviés", PROSE_FR_3);
        assertJunk(page, "Photo : Emmanuel Gyang / La Voix du Plateau. Les membres de la coopérative devant la chambre "
                + "froide.", "caption-credit");
        assertJunk(page, "© La Voix du Plateau – Tous droits réservés", "copyright");

        String quoted = "\"The desert does not forgive a mistake. You make one, you do not make a second,\" said Ibrahim, "
                + "who has led caravans for forty years.";
        var magazine = text("en", "The salt road is closing after a thousand years of caravans", "Words by Hamid Ag Mohamed",
                "20 October 2025", PROSE_EN, quoted, "Pull quote: \"The desert does not forgive a mistake\"", PROSE_EN_2);
        assertThat(magazine.get("Pull quote: \"The desert does not forgive a mistake\"").reason()).startsWith("repeat-of-p");
        assertBody(magazine, quoted, PROSE_EN_2);
    }

    /**
     * Rounds 119-120: a button to open the page in a messaging app, an ad with a price in naira and a call to act, an
     * investment product's pitch, a summary box's label and an access label are page matter; a byline with its date
     * followed by a share row is no page clock, so the headline over it is the headline, not the caption under the
     * share row.
     */
    @Test
    void the_kinds_of_rounds_119_and_120_are_page_matter() {
        String headline = "KCCA launches night market pilot on three Kampala streets";
        String caption = "Vendors set up stalls on Luwum Street during a trial run of the night market on Monday evening";
        var page = text("en", "Home", "News", headline, "By Eria Ssekandi - February 24, 2026", "1,126", "0", "Share",
                "Facebook", "Twitter", "Pinterest", "WhatsApp", "Linkedin", "Email", "Print", caption, PROSE_EN,
                "Open In Whatsapp", PROSE_EN_2,
                "Own a home in Epe from ₦15m. Flexible 24-month payment plan. Call 0800-HOMES-NG", PROSE_EN_3);
        assertThat(page.get(headline).reason()).isEqualTo("headline");
        assertThat(page.get(caption).reason()).isNotEqualTo("headline");
        assertJunk(page, "Open In Whatsapp", "social");
        assertJunk(page, "Own a home in Epe from ₦15m. Flexible 24-month payment plan. Call 0800-HOMES-NG", "ad");

        var french = text("fr", "Cacao : le prix bord champ fixé à 435 FCFA le kilo pour la campagne intermédiaire",
                "Par Awa Koné", "Publié le 3 mars 2026", "Article en accès libre", PROSE_FR,
                "Placez votre épargne en toute sécurité avec le FCP Lagune Obligations. Rendement 2025 : 6,2 %.",
                PROSE_FR_2, "Ce qu'il faut retenir", PROSE_FR_3);
        assertJunk(french, "Article en accès libre", "paywall");
        assertJunk(french, "Placez votre épargne en toute sécurité avec le FCP Lagune Obligations. Rendement 2025 : 6,2 %.",
                "ad");
        assertJunk(french, "Ce qu'il faut retenir", "kicker");
    }

    /**
     * A fifth reader (session 16): a comment section's moderation note, a footer's "X is published by Y", a post's
     * categories, a caption in square brackets and an appeal "Soutenez X : votre don …" are page matter; a bracketed
     * credit under a caption is still a credit.
     */
    @Test
    void moderation_notes_publishers_lines_categories_bracketed_captions_and_appeals_are_page_matter() {
        String caption = "Commuters board a matatu at the Roysambu stage along Thika Superhighway on Monday morning.";
        var page = text("en", "Governor commissions Kwa Kathoka water project to serve 8,000 households",
                "By Mutheu Kilonzo", "February 18, 2026", "Categories: Water & Sanitation, Latest News", PROSE_EN,
                "[Photo: Governor Mutula Kilonzo Jr. and residents open a water kiosk at Kwa Kathoka. Photo by Makueni Comms]",
                PROSE_EN_2, caption, "[Photo: Nairobi Ledger / Kevin Otieno]", PROSE_EN_3,
                "Comments are moderated. Please keep it civil.",
                "Waikato Rural Herald is published by Kaimai Community Media Ltd.");
        assertJunk(page, "Categories: Water & Sanitation, Latest News", "tags");
        assertJunk(page, "[Photo: Governor Mutula Kilonzo Jr. and residents open a water kiosk at Kwa Kathoka. Photo by "
                + "Makueni Comms]", "caption");
        assertJunk(page, caption, "caption");
        assertJunk(page, "Comments are moderated. Please keep it civil.", "comments");
        assertThat(page.get("Waikato Rural Herald is published by Kaimai Community Media Ltd.").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
        var french = text("fr", "Ngaliema : l’archidiocèse lance une campagne contre les constructions à risque",
                "Par Trésor Mbuyi", "12 janvier 2026", PROSE_FR, PROSE_FR_2,
                "Soutenez Radio Elikya : votre don permet à la radio de l’Église de rester libre.", PROSE_FR_3);
        assertJunk(french, "Soutenez Radio Elikya : votre don permet à la radio de l’Église de rester libre.", "donate");
    }

    @Test
    void a_trending_list_naming_the_article_and_a_dashed_photo_credit_never_take_the_title() {
        String headline = "Hunters hand captaincy to Raka ahead of the Queensland Cup opener";
        List<String> lines = List.of("TRENDING NOW", "Treasury confirms budget support from its development partners",
                headline, "ADVERTISEMENT", "Rugby League", headline, "By DOROTHY KAUPA", "March 4, 2026", PROSE_EN,
                PROSE_EN_2);
        List<TextSpan> spans = new ArrayList<>();
        for (String line : lines) {
            spans.add(new TextSpan(PassageForm.PARAGRAPH, 0, line.length(), line));
        }
        List<PassageClassification> result = classifier.classify(spans, "en");
        // The copy over the byline heads the article; the copy in the list at the top is the list's.
        assertThat(result.get(5).reason()).isEqualTo("headline");
        assertThat(result.get(2).kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(result.get(1).kind()).isEqualTo(PassageKind.BOILERPLATE);

        String caption = "A farmer inspects his bales at the auction floors in Lilongwe on opening day";
        var credited = text("en", "Tobacco farmers cry foul as auction floors open with low prices",
                "By Kondwani Phiri & Grace Tembo", "April 8, 2026", "Share on Facebook", "Share on X", "WhatsApp", "Email",
                caption, "—Picture by Lusungu Gondwe", "About 38 percent of bales were rejected on the first day",
                PROSE_EN, PROSE_EN_2);
        assertThat(credited.get("Tobacco farmers cry foul as auction floors open with low prices").reason())
                .isEqualTo("headline");
        assertJunk(credited, "—Picture by Lusungu Gondwe", "photo-credit");
        assertThat(credited.get(caption).kind()).isEqualTo(PassageKind.BOILERPLATE);
        // "About" opens a site's "About us" box, not a sentence about a quantity.
        assertThat(credited.get("About 38 percent of bales were rejected on the first day").reason()).isNotEqualTo("about");
    }

    @Test
    void a_last_paragraph_closed_by_the_reporters_initials_is_the_articles_and_a_bare_box_label_is_junk() {
        String last = "The provincial board is set to hold a hearing on the cap on April 20, with vendors invited. (MTDL/BIT)";
        var en = text("en", "Chocolate Hills visitor cap takes effect; Carmen folk count the cost", "By Ma. Teresa D. Lumapas",
                "April 10, 2026", PROSE_EN, PROSE_EN_2, last, "Tags: Chocolate Hills Carmen Tourism");
        assertBody(en, last);
        String credited = "The market was rebuilt after the floods, as the photo shows. (Photo: Jane Doe/BIT)";
        var photo = text("en", "Chocolate Hills visitor cap takes effect; Carmen folk count the cost",
                "By Ma. Teresa D. Lumapas", "April 10, 2026", PROSE_EN, PROSE_EN_2, credited);
        assertThat(photo.get(credited).kind()).isEqualTo(PassageKind.BOILERPLATE);
        var fr = text("fr", "Le budget municipal adopté mardi soir", PROSE_FR, "Encadré", PROSE_FR_2);
        assertJunk(fr, "Encadré", "box");
    }

    @Test
    void a_credit_has_one_caption_and_the_articles_first_paragraph_under_it_is_never_one() {
        String first = "Hundreds of traders at the Great Soppo market in Buea are counting their losses after a fire "
                + "ravaged more than 60 stalls in the early hours of Tuesday, September 9.";
        var held = text("en", "Buea: Traders count losses as fire guts Great Soppo market", "By Elvis Tanyi Ashu",
                "September 10, 2025", "0 Comments",
                "Traders salvage what remains of their goods at the market on Tuesday morning. Photo: Herald/E. T. Ashu",
                first, PROSE_EN, PROSE_EN_2);
        assertBody(held, first);
        String lead = "Kidney patients in Vanua Levu will no longer have to travel to Suva or Lautoka for treatment.";
        String caption = "Construction workers finish the interior of the new dialysis unit at Labasa Hospital last week.";
        var fiji = text("en", "New dialysis unit for Labasa Hospital opens next month", "By Salote Naivalu",
                "June 6, 2026", "Share on Facebook", "WhatsApp", caption, "Photo: Ministry of Health and Medical Services",
                lead, "LABASA", PROSE_EN, PROSE_EN_2);
        assertThat(fiji.get(caption).kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertBody(fiji, lead);
    }

    @Test
    void a_match_reports_reactions_and_match_sheet_are_the_articles_but_the_vote_under_them_is_not() {
        String quote = "Laurent Kossonou (entraîneur de l'ASEC) : « On a été mauvais pendant trente minutes, on a manqué "
                + "d'agressivité, mais les joueurs ont eu le caractère pour revenir. »";
        var fr = text("fr", "Derby : l'ASEC renverse l'Africa Sports", "Par Armand Y. Kouassi", "15 mars 2026", PROSE_FR,
                PROSE_FR_2, PROSE_FR_3, "Les réactions", quote, "Fiche technique",
                "Stade Félix Houphouët-Boigny, dimanche 15 mars 2026", "Spectateurs : environ 18 000",
                "Arbitre : Souleymane Fofana", "ASEC Mimosas - Africa Sports : 2-1 (mi-temps : 0-1)",
                "Buts : I. Koné (64e, 74e) pour l'ASEC ; Y. Gbané (31e) pour l'Africa", "ARMAND Y. KOUASSI",
                "Notez cet article : ★★★★☆ 4,2/5 (38 votes)", "HOMME DU MATCH — Votez !", "Ibrahim Koné",
                "Mots-clés : ASEC Mimosas, Africa Sports, Derby");
        assertBody(fr, "Les réactions", quote, "Fiche technique", "Spectateurs : environ 18 000", "Arbitre : Souleymane Fofana",
                "ASEC Mimosas - Africa Sports : 2-1 (mi-temps : 0-1)",
                "Buts : I. Koné (64e, 74e) pour l'ASEC ; Y. Gbané (31e) pour l'Africa");
        assertJunk(fr, "Notez cet article : ★★★★☆ 4,2/5 (38 votes)", "poll");
        assertJunk(fr, "HOMME DU MATCH — Votez !", "poll");
        // A comment section is still one: "Réactions" alone, or with its count.
        var comments = text("fr", "Le budget municipal adopté mardi soir", PROSE_FR, PROSE_FR_2, PROSE_FR_3, "Réactions (3)",
                "Moussa K. – 03/11/2026 à 08:15", "Encore des promesses, on verra bien ce qui sera fait cette année.");
        assertThat(comments.get("Encore des promesses, on verra bien ce qui sera fait cette année.").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void ad_copy_under_its_label_and_a_fifth_readers_prompts_are_junk() {
        String brand = "CAISSE POPULAIRE SAINT-JOSEPH – Épargner aujourd'hui, bâtir demain. Agences à Ouaga et Bobo.";
        var fr = text("fr", "Le budget municipal adopté mardi soir", "Par Awa Traoré", "Publicité", brand, PROSE_FR,
                PROSE_FR_2, "Vous souhaitez réagir à cet article ?",
                "Retrouvez ce reportage dans notre JT de 18h00 et en rediffusion toutes les heures.", PROSE_FR_3);
        assertJunk(fr, brand, "ad");
        assertJunk(fr, "Vous souhaitez réagir à cet article ?", "comments");
        assertJunk(fr, "Retrouvez ce reportage dans notre JT de 18h00 et en rediffusion toutes les heures.", "listen");
        assertBody(fr, PROSE_FR, PROSE_FR_2);
        var en = text("en", "Council approves its budget for the coming year", "By Shalveen Prasad", "Advertisement",
                "Vodafone Fiji – Stay connected from Suva to Savusavu. Top up with M-PAiSA today.", PROSE_EN,
                "ADVERT: Kenema Auto Spares – Genuine parts for Toyota and Nissan. Blama Road.",
                "Continues below advertisement", PROSE_EN_2,
                "This entry was posted in Parish News and tagged bells, heritage. Bookmark the permalink.",
                "← Harvest Festival 2025: thank you!");
        assertJunk(en, "Vodafone Fiji – Stay connected from Suva to Savusavu. Top up with M-PAiSA today.", "ad");
        assertJunk(en, "ADVERT: Kenema Auto Spares – Genuine parts for Toyota and Nissan. Blama Road.", "ad");
        assertJunk(en, "Continues below advertisement", "ad");
        assertThat(en.get("This entry was posted in Parish News and tagged bells, heritage. Bookmark the permalink.").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("← Harvest Festival 2025: thank you!").kind()).isEqualTo(PassageKind.BOILERPLATE);
        // A quotation in French marks is no link to the next post.
        var quoted = text("fr", "Le budget municipal adopté mardi soir", PROSE_FR, "« On ne pouvait pas perdre ça »", PROSE_FR_2);
        assertBody(quoted, "« On ne pouvait pas perdre ça »");
    }

    @Test
    void a_comment_systems_guidelines_and_a_wordpress_french_comment_heading_are_junk() {
        var en = text("en", "Council approves its budget for the coming year", PROSE_EN, PROSE_EN_2, PROSE_EN_3,
                "Welcome to the discussion.", "Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
                "PLEASE TURN OFF YOUR CAPS LOCK.", "{{description}}", "Load comments");
        for (String line : List.of("Welcome to the discussion.",
                "Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
                "PLEASE TURN OFF YOUR CAPS LOCK.", "{{description}}", "Load comments")) {
            assertThat(en.get(line).kind()).as(line).isEqualTo(PassageKind.BOILERPLATE);
        }
        var fr = text("fr", "Le budget municipal adopté mardi soir", PROSE_FR, PROSE_FR_2, PROSE_FR_3,
                "2 réflexions sur « Le budget municipal adopté mardi soir »", "Lise B.",
                "Enfin une bonne nouvelle pour la région, il faudrait la même chose pour les écoles.");
        assertJunk(fr, "2 réflexions sur « Le budget municipal adopté mardi soir »", "comments");
        assertThat(fr.get("Enfin une bonne nouvelle pour la région, il faudrait la même chose pour les écoles.").kind())
                .isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void a_caption_closing_on_pic_a_labelled_related_story_and_a_linked_document_are_junk() {
        var en = text("en", "Island ferry service cut to four days a week", PROSE_EN,
                "The ferry at the harbour on Saturday, waiting for passengers. Pic: RCN", PROSE_EN_2,
                "RELATED STORY: Hunters to get satellite messengers under new program", PROSE_EN_3,
                "Draft regulation on spreading – version of 15/01/2026 (PDF)");
        assertJunk(en, "The ferry at the harbour on Saturday, waiting for passengers. Pic: RCN", "caption-credit");
        assertJunk(en, "RELATED STORY: Hunters to get satellite messengers under new program", "read-also");
        assertThat(en.get("Draft regulation on spreading – version of 15/01/2026 (PDF)").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertBody(en, PROSE_EN, PROSE_EN_2);
    }

    @Test
    void a_subhead_and_the_sentence_announcing_a_list_reopen_the_article_after_a_box_of_related_headlines() {
        var en = text("en", "Sea defence works to begin in April after winter storms", "by Samantha Ferrary",
                "17th February 2026", PROSE_EN, PROSE_EN_2, PROSE_EN_3, "Related Articles",
                "Eastern Beach closed after storm debris washes ashore", "Levanter brings ferry cancellations for second day",
                "Beach access during works",
                "The works will be carried out in three phases to keep at least part of the beach open during the season:",
                "Phase one, from April to June, covers the northern revetment and the area around the slipway.",
                "Phase two, from late September, will rebuild the damaged stretch of sea wall below the village.",
                "Phase three, in early 2027, will see the promenade resurfaced and new lighting and railings installed.",
                "Tags: Environment, Infrastructure", "Latest News");
        assertJunk(en, "Eastern Beach closed after storm debris washes ashore", "after-article");
        assertBody(en, "Beach access during works",
                "The works will be carried out in three phases to keep at least part of the beach open during the season:",
                "Phase one, from April to June, covers the northern revetment and the area around the slipway.");
    }

    @Test
    void a_bare_media_label_makes_a_player_whose_running_time_and_credit_do_not_end_the_article_or_take_a_caption() {
        var fr = text("fr", "Desserte maritime : le Borée immobilisé trois semaines à Halifax", "Par Anne-Laure Vigneau",
                "Publié le 20 janvier 2026 à 10h12", PROSE_FR, PROSE_FR_2, "Vidéo",
                "La présentation du projet par le département de l'Équipement", "02:58", "©SPM Première",
                "Un cargo affrété pour le fret", PROSE_FR_3, "Des élus qui veulent aller plus loin",
                "Au Conseil national, où la mobilité revient à chaque session budgétaire, l'annonce est saluée mais jugée tardive par plusieurs élus.",
                "Sur le même sujet", "Trains : la SNCF promet plus de places sur la ligne Nice-Vintimille", "13 novembre 2025",
                "Circulation : le tunnel descendant fermé trois nuits par semaine", "30 octobre 2025");
        assertJunk(fr, "La présentation du projet par le département de l'Équipement", "video");
        assertBody(fr, "Un cargo affrété pour le fret", PROSE_FR_3, "Des élus qui veulent aller plus loin");
    }

    @Test
    void a_facts_box_set_between_an_ad_and_a_read_also_line_keeps_its_items_as_the_article() {
        var fr = text("fr", "Horlogerie : une usine de Porrentruy passe au chômage partiel", "Par Julie Gerber",
                "Publié le 3 février 2026", PROSE_FR, PROSE_FR_2, "Publicité",
                "Banque Cantonale de l'Arc - Votre partenaire PME dans le Jura depuis 1979", "REPÈRES",
                "140 collaborateurs concernés à Porrentruy", "Horaire réduit à 70 % depuis octobre 2025",
                "Prolongation de la RHT jusqu'au 30 juin 2026",
                "À lire aussi : Droits de douane : le Jura demande un fonds de soutien pour les sous-traitants",
                "Pas de licenciements annoncés", PROSE_FR_3);
        assertBody(fr, "140 collaborateurs concernés à Porrentruy", "Horaire réduit à 70 % depuis octobre 2025",
                "Prolongation de la RHT jusqu'au 30 juin 2026", PROSE_FR_3);
        assertJunk(fr, "Banque Cantonale de l'Arc - Votre partenaire PME dans le Jura depuis 1979", "ad");
    }

    @Test
    void a_place_over_the_byline_under_a_caption_is_the_articles_dateline() {
        var en = text("en", "Vava'u whale swim operators face tighter licence rules this season",
                "Posted: Thursday, May 28, 2026 - 11:48.",
                "A humpback whale and calf in the waters off Vava'u during the 2025 season.", "Photo: Supplied",
                "Neiafu, Vava'u", "By Mele Taufa Havili", PROSE_EN, PROSE_EN_2);
        assertThat(en.get("Neiafu, Vava'u").kind()).isEqualTo(PassageKind.BODY);
        assertThat(en.get("Neiafu, Vava'u").reason()).isEqualTo("dateline");
    }

    @Test
    void the_reporters_sigle_and_a_dashed_additional_reporting_line_sign_the_article() {
        var fr = text("fr", "Moutier : deux semaines après le passage au Jura, les guichets ne désemplissent pas",
                "Thomas Willemin", "16.01.2026, 05:30", PROSE_FR, PROSE_FR_2, PROSE_FR_3, "TWI",
                "Vous avez repéré une erreur ? Signalez-la à la rédaction", "Moutier", "Question jurassienne");
        assertThat(fr.get("TWI").kind()).as(fr.get("TWI").reason()).isEqualTo(PassageKind.BODY);
        assertThat(fr.get("TWI").reason()).isEqualTo("signature");
        var en = text("en", "Turtle nesting season ends with record number of nests", "By Jonathan Park",
                "February 10, 2026", PROSE_EN, PROSE_EN_2, PROSE_EN_3, "- Additional reporting by Jonathan Park",
                "Have a news tip? Email news@compass.example", "Tags:");
        assertBody(en, "- Additional reporting by Jonathan Park");
    }

    @Test
    void photo_by_is_a_credit_and_a_credit_with_its_caption_over_it_leaves_the_first_paragraph_to_the_article() {
        var en = text("en", "Sea defence works to begin in April after winter storms", "by Samantha Ferrary",
                "17th February 2026", "Share", "Facebook",
                "Waves break over the promenade at Catalan Bay during January's easterly storm.",
                "Photo by Johnny Bossino", PROSE_EN, PROSE_EN_2);
        assertJunk(en, "Photo by Johnny Bossino", "photo-credit");
        assertJunk(en, "Waves break over the promenade at Catalan Bay during January's easterly storm.", "caption");
        var court = text("en", "Man jailed for 12 years over loaded gun found in Pembroke bedroom", "By Cordell Tucker",
                "Created: Mar 10, 2026 08:00 AM", "Facebook", "Email", "Print", "Sentenced: Supreme Court in Hamilton",
                "(File photograph)", "A man who kept a loaded handgun in a shoebox under his bed has been jailed for 12 years.",
                PROSE_EN, PROSE_EN_2);
        assertJunk(court, "(File photograph)", "photo-credit");
        assertJunk(court, "Sentenced: Supreme Court in Hamilton", "caption");
        assertBody(court, "A man who kept a loaded handgun in a shoebox under his bed has been jailed for 12 years.");
        var post = text("en", "Election Commission deploys 1,200 voter educators", "Prithvi Raj Adhikari",
                "Published at : February 10, 2026", PROSE_EN,
                "Officials of the Election Commission demonstrate the voting process to first-time voters in Lalitpur.",
                "Post Photo: Sagar Shrestha", PROSE_EN_2, PROSE_EN_3);
        assertJunk(post, "Post Photo: Sagar Shrestha", "photo-credit");
        assertJunk(post, "Officials of the Election Commission demonstrate the voting process to first-time voters in Lalitpur.",
                "caption");
    }

    @Test
    void text_size_buttons_gallery_counters_and_slideshow_links_are_junk() {
        var en = text("en", "Election Commission deploys 1,200 voter educators", "Prithvi Raj Adhikari",
                "Published at : February 10, 2026", "Zoom In", "Zoom Out", PROSE_EN, "1 of 5",
                "Workers lift early potatoes by hand above St Catherine", "Picture: David Ferguson", PROSE_EN_2, PROSE_EN_3);
        assertJunk(en, "Zoom In", "font");
        assertJunk(en, "Zoom Out", "font");
        assertJunk(en, "1 of 5", "image-widget");
        var fr = text("fr", "Elne : le cloître rouvre après deux ans de travaux", "Par Anna Costa", "22 avril 2026",
                "Voir le diaporama (6 photos)", PROSE_FR, "📷 1 / 6", "Voir le diaporama", PROSE_FR_2, PROSE_FR_3);
        assertJunk(fr, "Voir le diaporama (6 photos)", "image-widget");
        assertJunk(fr, "📷 1 / 6", "image-widget");
        assertJunk(fr, "Voir le diaporama", "image-widget");
    }

    @Test
    void the_line_between_an_ad_label_and_the_articles_next_subhead_is_the_ad_and_so_is_sponsored_by() {
        var fr = text("fr", "Arrachage : Perpignan demande une prime", "Par Anna Costa", "11 mars 2026", PROSE_FR,
                PROSE_FR_2, "PUBLICITÉ", "Vos annonces légales dans La Semaine - Devis immédiat", "Des solutions attendues",
                PROSE_FR_3, "PUBLICITÉ", "Ces chaussures orthopédiques font un carton chez les plus de 60 ans",
                "Sponsorisé par Marque partenaire", "Les commerçants partagés",
                "Les commerçants du centre-ville, eux, se disent partagés entre l'espoir d'un regain et la crainte des travaux.");
        assertJunk(fr, "Vos annonces légales dans La Semaine - Devis immédiat", "ad");
        assertJunk(fr, "Ces chaussures orthopédiques font un carton chez les plus de 60 ans", "ad");
        assertJunk(fr, "Sponsorisé par Marque partenaire", "ad");
        assertBody(fr, "Des solutions attendues", PROSE_FR_3, "Les commerçants partagés");
        // the paragraph under a label whose ad the copy dropped is still the article's
        var dropped = text("fr", "Arrachage : Perpignan demande une prime", "Par Anna Costa", "11 mars 2026", PROSE_FR,
                "PUBLICITÉ", PROSE_FR_2, "Des solutions attendues", PROSE_FR_3);
        assertBody(dropped, PROSE_FR_2, "Des solutions attendues");
    }

    @Test
    void a_shops_hours_a_utilitys_service_line_and_a_bookmakers_warning_under_an_ad_label_are_the_ad() {
        var en = text("en", "Uist businesses count the cost as ferry route cancelled", "by Morag MacNeil",
                "22 January 2026", PROSE_EN, "ADVERTISEMENT",
                "MacLeod's Hardware, Balivanich – Winter stock now in. Open Mon–Sat 9am–5.30pm.", PROSE_EN_2, "ADVERTISEMENT",
                "Bahamas Power & Light: Report outages 24/7 at 302-1000 or online", PROSE_EN_3, "ADVERTISEMENT",
                "Bet responsibly. 18+ only.",
                "There was no place for the middle-order batter, who was left out after a poor run of scores at home.");
        assertJunk(en, "MacLeod's Hardware, Balivanich – Winter stock now in. Open Mon–Sat 9am–5.30pm.", "ad");
        assertJunk(en, "Bahamas Power & Light: Report outages 24/7 at 302-1000 or online", "ad");
        assertJunk(en, "Bet responsibly. 18+ only.", "ad");
        assertBody(en, PROSE_EN_2, PROSE_EN_3);
    }

    @Test
    void comment_notices_reader_calls_corrections_issue_notes_consent_prompts_polls_and_promos_are_junk() {
        var en = text("en", "Airport taxi queues to be tracked", "By Cordell Tucker", "March 10, 2026", PROSE_EN,
                PROSE_EN_2, PROSE_EN_3, "Today's Poll", "Have you waited more than 30 minutes for a taxi?", "Yes", "No",
                "View results", "Reader comments",
                "The Bermuda Sentinel welcomes comments on its stories. Please keep your comments respectful.",
                "Comments are closed on this article.",
                "Have you been affected by rising premiums? Email us at news@nassauchronicle.bs");
        assertJunk(en, "Today's Poll", "poll");
        assertJunk(en, "View results", "poll");
        assertThat(en.get("Reader comments").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("Comments are closed on this article.").kind()).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(en.get("The Bermuda Sentinel welcomes comments on its stories. Please keep your comments respectful.")
                .kind()).isEqualTo(PassageKind.BOILERPLATE);
        var rules = BoilerplateRules.load();
        assertThat(rules.match("Reader comments").map(BoilerplateRules.Rule::name)).contains("comments");
        assertThat(rules.match("Comments are closed on this article.").map(BoilerplateRules.Rule::name)).contains("comments");
        assertThat(rules.match("Have you been affected by rising premiums? Email us at news@chronicle.bs")
                .map(BoilerplateRules.Rule::name)).contains("tip-line");
        assertThat(rules.match("📲 ALERTEZ-NOUS ! Vous êtes témoin d'un événement dans votre région ? Envoyez-nous vos photos.")
                .map(BoilerplateRules.Rule::name)).contains("tip");
        assertThat(rules.match("Correctif : une version précédente de cet article indiquait une baisse de 20 %.")
                .map(BoilerplateRules.Rule::name)).contains("correction");
        assertThat(rules.match("Cet entretien est paru dans Principauté Hebdo n°1412, en kiosque jusqu'au 18 février.")
                .map(BoilerplateRules.Rule::name)).contains("print-edition");
        assertThat(rules.match("Article paru dans Principauté Hebdo n°1401.").map(BoilerplateRules.Rule::name))
                .contains("print-edition");
        assertThat(rules.match("Pour afficher ce contenu Facebook, vous devez accepter les cookies de type Réseaux sociaux.")
                .map(BoilerplateRules.Rule::name)).contains("embed-blocked");
        assertThat(rules.match("Autoriser et afficher").map(BoilerplateRules.Rule::name)).contains("embed-blocked");
        assertThat(rules.match("Télécharger la page en PDF").map(BoilerplateRules.Rule::name)).contains("pdf");
        assertThat(rules.match("Le reportage de Marc-Antoine Gagnon au bulletin de 18 h.").map(BoilerplateRules.Rule::name))
                .contains("video");
        assertThat(rules.match("Écoutez l'intégralité du message des évêques dans notre émission « Église en marche », "
                + "ce mardi à 19 h.").map(BoilerplateRules.Rule::name)).contains("listen");
        // the article's own words stay clear of them
        assertThat(rules.match("Comments from residents were mostly positive, the council said.")).isEmpty();
        assertThat(rules.match("Le reportage diffusé mardi a suscité de nombreuses réactions dans la région.")).isEmpty();
    }

    @Test
    void a_list_of_names_written_as_a_sentence_inside_the_article_is_the_articles() {
        String squad = "Roston Chase (captain), Jomel Warrican (vice-captain), Alick Athanaze, John Campbell, Keacy Carty, "
                + "Justin Greaves, Kavem Hodge, Shai Hope, Tevin Imlach, Alzarri Joseph, Shamar Joseph, Anderson Phillip.";
        var en = text("en", "Uncapped Guyanese spinner in Test squad for tour of New Zealand", "Ravi Persaud in Georgetown",
                "February 8, 2026", PROSE_EN, PROSE_EN_2, "SQUAD", squad, PROSE_EN_3,
                "The first Test begins in Wellington on March 6, with the second in Hamilton from March 14.",
                "READ MORE: Chase says captaincy the honour of my life", "Related");
        assertBody(en, squad);
    }

    @Test
    void an_ads_keyword_to_text_a_readers_donations_a_daily_email_a_photo_courtesy_and_a_dated_copyright() {
        var en = text("en", "Bonteheuwel mothers lead march after pupil killed in crossfire", "Nasief Jacobs", "6 May 2026",
                PROSE_EN, "SPONSORED",
                "Looking for affordable funeral cover? Get R20 000 cover from R99 per month. SMS \"COVER\" to 31234.",
                PROSE_EN_2, "Get the biggest daily stories by email", PROSE_EN_3);
        assertJunk(en, "Looking for affordable funeral cover? Get R20 000 cover from R99 per month. SMS \"COVER\" to 31234.",
                "ad");
        assertJunk(en, "Get the biggest daily stories by email", "newsletter");
        var rules = BoilerplateRules.load();
        assertThat(rules.match("cath-info.ch est financé en grande partie par les dons de ses lecteurs. Votre soutien compte.")
                .map(BoilerplateRules.Rule::name)).contains("donate");
        assertThat(rules.match("Soutenez l'information religieuse indépendante").map(BoilerplateRules.Rule::name))
                .contains("donate");
        assertThat(rules.match("Photo courtesy: Ministry of Health").map(BoilerplateRules.Rule::name)).contains("photo-credit");
        assertThat(rules.match("© 2026 Hebrides Courier Ltd").map(BoilerplateRules.Rule::name)).contains("copyright");
        assertThat(rules.match("© 2026 Gouvernement Princier de Monaco – Tous droits réservés")
                .map(BoilerplateRules.Rule::name)).contains("copyright");
        assertThat(rules.match("© AFP 2025 / Issouf Sanogo").map(BoilerplateRules.Rule::name)).contains("photo-credit");
    }

    @Test
    void a_community_papers_notices_after_the_article_are_junk_and_its_closing_attribution_and_signature_stay() {
        var en = text("en", "Hakupu switches on solar water pump after two-year wait", "By Tom Lipitoa", "20 February 2026",
                PROSE_EN, "COMMUNITY NOTICE: Water supply to Liku will be turned off Tuesday, 9am to 3pm, for repairs.",
                PROSE_EN_2, PROSE_EN_3, "— Additional information from the Department of Utilities",
                "Tom Lipitoa · news@therockweekly.example",
                "Have your say — send letters to the editor to editor@therockweekly.example. Letters must include a name.",
                "BIRTHDAY GREETINGS", "Happy 80th birthday to Mama Lupe Vakaafi of Tamakautoga, from all your children.",
                "CHURCH NOTICES", "Ekalesia Kerisiano Niue — Sunday services in all villages 10am.",
                "FOR SALE: Taro tops and ufi, ready now. Ring Moka on 4000 in Liku.", "MORE NEWS THIS WEEK",
                "Netball: Tuapa and Hikutavake share the points in season opener");
        assertJunk(en, "COMMUNITY NOTICE: Water supply to Liku will be turned off Tuesday, 9am to 3pm, for repairs.", "notice");
        assertBody(en, PROSE_EN_2, "— Additional information from the Department of Utilities",
                "Tom Lipitoa · news@therockweekly.example");
        for (String junk : List.of("BIRTHDAY GREETINGS",
                "Happy 80th birthday to Mama Lupe Vakaafi of Tamakautoga, from all your children.",
                "Ekalesia Kerisiano Niue — Sunday services in all villages 10am.",
                "FOR SALE: Taro tops and ufi, ready now. Ring Moka on 4000 in Liku.",
                "Netball: Tuapa and Hikutavake share the points in season opener")) {
            assertThat(en.get(junk).kind()).as(junk).isEqualTo(PassageKind.BOILERPLATE);
        }
    }

    @Test
    void a_match_sheet_opening_on_its_score_line_stays_with_the_report() {
        var fr = text("fr", "P1 : Habay renverse Bertrix au terme d'une seconde période folle", "Par Marc Poncelet",
                "Publié le 16 mars 2026", PROSE_FR, PROSE_FR_2, PROSE_FR_3, "La fiche du match",
                "HABAY – BERTRIX : 3-2 (mi-temps : 0-2)", "Buts : Gilson (9e, 0-1), D. Martin (28e, 0-2), Rossignon (52e, 1-2).",
                "Arbitre : M. Lemaire.", "Cartes jaunes : Henrion, Poncelet (Habay) ; Gilson, Thomas (Bertrix).",
                "À lire aussi : P2A : Tintigny s'accroche à la deuxième place", "Classement P1", "1. Aubange 47 pts",
                "VIDÉO — Les buts de la rencontre (2'14\")", "Dans la même rubrique", "P2B : Ochamps enchaîne une sixième victoire",
                "Il y a 3 heures");
        assertBody(fr, "La fiche du match", "HABAY – BERTRIX : 3-2 (mi-temps : 0-2)", "Arbitre : M. Lemaire.");
        assertJunk(fr, "VIDÉO — Les buts de la rencontre (2'14\")", "video");
    }

    @Test
    void author_boxes_obituary_sidebars_ticket_boxes_widgets_and_sign_offs_of_round_137_to_140_and_reader_25() {
        var rules = BoilerplateRules.load();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Journaliste à Katanga Mines Info depuis 2019, spécialiste des questions de gouvernance minière.",
                "author-bio");
        expected.put("AVIS DE DÉCÈS", "notice");
        expected.put("OBITUARY: The family of the late Ngiraklang Demei announce the funeral service.", "notice");
        expected.put("MATCH TICKETS – FVA v HAMILTON ACADEMICAL", "ad");
        expected.put("Adults £22 | Concessions £14 | Under-16 £5 (free in the Family Stand with a paying adult)", "ad");
        expected.put("Advertisements", "ad");
        expected.put("How do you feel after reading this?", "feedback");
        expected.put("File photo: An Aedes aegypti mosquito, the species that transmits dengue.", "caption");
        expected.put("Le reportage radio de Maëlle Jean-Joseph", "listen");
        expected.put("Réécouter Kozé Matinal", "listen");
        expected.put("Chaque jour, notre rédaction vous réserve le meilleur des contenus de Martinique.", "newsletter");
        expected.put("Vos données personnelles sont traitées par France Télévisions. Pour en savoir plus, consultez notre charte.",
                "newsletter");
        expected.put("RLM - jgy/ats", "signature");
        expected.put("-- GIS", "signature");
        expected.put("Feedback: dhanley@sknchronicle.kn", "signature");
        expected.put("Avec Sandrine Pélage", "signature");
        expected.put("Retrouvez notre dossier complet sur la crise de l'eau dans Le Lagon Hebdo n°1142, en vente cette semaine.",
                "print-edition");
        expected.put("Ce contenu Facebook est bloqué. Acceptez les cookies des réseaux sociaux pour l'afficher.",
                "embed-blocked");
        expected.put("BY THE NUMBERS", "box");
        for (var entry : expected.entrySet()) {
            assertThat(rules.match(entry.getKey()).map(BoilerplateRules.Rule::name)).as(entry.getKey())
                    .contains(entry.getValue());
        }
        // the article's own words stay clear of them
        assertThat(rules.match("Avec le soutien de la Région, le projet a pu voir le jour.")).isEmpty();
        assertThat(rules.match("Écouter les habitants avant de décider")).isEmpty();
        var en = text("en", "Kwara Assembly passes N540bn 2026 budget", "By Abdulrasheed Yusuf", "December 23, 2025",
                PROSE_EN, "ADVERTISEMENT",
                "Kwara State Internal Revenue Service – Pay your taxes on time. Use the KW-IRS portal. Kwara is working!",
                PROSE_EN_2, PROSE_EN_3);
        assertJunk(en, "Kwara State Internal Revenue Service – Pay your taxes on time. Use the KW-IRS portal. Kwara is working!",
                "ad");
    }

    @Test
    void a_last_section_between_the_last_paragraph_and_the_reporters_sigle_is_the_articles() {
        var fr = text("fr", "Hawaiki Nui : Shell Va'a reprend la couronne", "Par Teva Marurai", "Publié le 08/03/2026 à 19h05",
                PROSE_FR, PROSE_FR_2, PROSE_FR_3, "Le classement général", "1. Shell Va'a – 9 h 41 min 12 s",
                "2. EDT Va'a – à 1 min 48 s", "3. Team Opt – à 6 min 05 s", "T.M.", "Mots-clés : Va'a  Hawaiki Nui",
                "À lire aussi", "Va'a : la sélection pour les Mondiaux dévoilée", "Il y a 2 heures");
        assertBody(fr, "Le classement général", "1. Shell Va'a – 9 h 41 min 12 s", "3. Team Opt – à 6 min 05 s", "T.M.");
        var rules = BoilerplateRules.load();
        assertThat(rules.match("Islander Notices").map(BoilerplateRules.Rule::name)).contains("notice");
        assertThat(rules.match("Letters to the Editor: letters@penguinpost.fk. Please keep letters under 400 words.")
                .map(BoilerplateRules.Rule::name)).contains("letters");
        assertThat(rules.match("Also this week in the print edition:").map(BoilerplateRules.Rule::name))
                .contains("print-edition");
    }
}
