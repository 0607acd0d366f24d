package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {
    private static List<String> texts(List<TextSpan> spans) {
        return spans.stream().map(TextSpan::text).toList();
    }

    @Test
    void paragraphs_separated_by_blank_lines_are_passages() {
        String text = "Premier paragraphe.\n\nDeuxième paragraphe.\n \u00A0\nTroisième.";
        assertThat(texts(PassageSplitter.split(text)))
                .containsExactly("Premier paragraphe.", "Deuxième paragraphe.", "Troisième.");
    }

    @Test
    void paragraphs_separated_by_single_line_breaks_are_passages_too() {
        String text = "\nUne page importante s’écrit.\nCette rencontre marque un tournant.\nUne coopération au cœur des priorités\nAu centre des discussions, la lutte.";
        assertThat(texts(PassageSplitter.split(text))).hasSize(4)
                .startsWith("Une page importante s’écrit.");
    }

    @Test
    void a_line_starting_in_lower_case_continues_the_paragraph_above() {
        String text = "Envoyés spéciaux  à Moscou, A.S.\net O.D.\n\nAlassane Souleymane";
        List<TextSpan> spans = PassageSplitter.split(text);
        assertThat(texts(spans)).containsExactly("Envoyés spéciaux  à Moscou, A.S.\net O.D.", "Alassane Souleymane");
    }

    @Test
    void a_byline_or_date_line_in_lower_case_is_a_passage_of_its_own_and_a_wrapped_sentence_still_joins() {
        String text = "Betterave : la jaunisse recule, mais les planteurs restent prudents\nle 28/01/2026 à 11:15 par Thomas "
                + "Lecomte\nEmail\nby Helen Morrow\nLe ministre a annoncé lundi que la mesure serait appliquée dès\n"
                + "par les préfectures, a-t-il précisé.";
        assertThat(texts(PassageSplitter.split(text))).containsExactly(
                "Betterave : la jaunisse recule, mais les planteurs restent prudents",
                "le 28/01/2026 à 11:15 par Thomas Lecomte", "Email", "by Helen Morrow",
                "Le ministre a annoncé lundi que la mesure serait appliquée dès\npar les préfectures, a-t-il précisé.");
        assertThat(texts(PassageSplitter.split("Local food pantry sees record demand ahead of Thanksgiving\nby Marcus Greene\n"
                + "Tue, November 18th 2025 at 6:02 AM"))).containsExactly(
                "Local food pantry sees record demand ahead of Thanksgiving", "by Marcus Greene",
                "Tue, November 18th 2025 at 6:02 AM");
    }

    @Test
    void bullets_become_items_without_the_bullet_in_their_span() {
        String text = "Thèmes :\n\n  • La situation sécuritaire ;\n\n  • La coopération diplomatique ;\n- Économie : échanges";
        List<TextSpan> spans = PassageSplitter.split(text);
        assertThat(texts(spans)).containsExactly("Thèmes :", "La situation sécuritaire ;", "La coopération diplomatique ;",
                "Économie : échanges");
        assertThat(spans.subList(1, 4)).allMatch(s -> s.form() == PassageForm.ITEM);
    }

    @Test
    void offsets_count_code_points_so_they_select_exactly_the_passage_text() {
        String text = "Intro 😀 avec emoji.\n\nSuite 𝄞 et 😀 encore.\n\nFin.";
        List<TextSpan> spans = PassageSplitter.split(text);
        int[] codePoints = text.codePoints().toArray();
        for (TextSpan span : spans) {
            String selected = new String(codePoints, span.start(), span.end() - span.start());
            assertThat(selected).isEqualTo(span.text());
        }
        assertThat(spans.get(1).start()).isEqualTo("Intro 😀 avec emoji.\n\n".codePointCount(0, "Intro 😀 avec emoji.\n\n".length()));
    }

    @Test
    void a_short_unpunctuated_line_before_a_longer_paragraph_is_a_heading() {
        String text = "Vers une diplomatie confédérale active\n\nDans un contexte géopolitique en pleine recomposition, la Confédération poursuit son engagement.\n\nFin du texte.";
        List<TextSpan> spans = PassageSplitter.split(text);
        assertThat(spans.get(0).form()).isEqualTo(PassageForm.HEADING);
        assertThat(spans.get(1).form()).isEqualTo(PassageForm.PARAGRAPH);
    }

    @Test
    void a_date_widget_glued_to_a_sentence_is_a_passage_of_its_own() {
        for (String widget : List.of("date 2025-06", "Publié le 23/06/2025", "Updated: 2025-06-23", "2025-06-23")) {
            String text = " " + widget + " La Confédération renforce ses relations avec la Russie.\n\nFin du texte.";
            List<TextSpan> spans = PassageSplitter.split(text);
            assertThat(spans).extracting(TextSpan::text).as(widget)
                    .containsExactly(widget, "La Confédération renforce ses relations avec la Russie.", "Fin du texte.");
            int[] codePoints = text.codePoints().toArray();
            for (TextSpan span : spans) {
                assertThat(new String(codePoints, span.start(), span.end() - span.start())).isEqualTo(span.text());
            }
        }
    }

    @Test
    void a_date_inside_a_sentence_or_before_a_lower_case_word_stays_in_its_paragraph() {
        for (String text : List.of("Le 2025-06-23 La réunion a eu lieu.", "2025-06-23 à Bamako, la réunion a eu lieu.",
                "2025 Les chiffres sont parus.", "date de la réunion : 2025-06")) {
            assertThat(PassageSplitter.split(text)).as(text).hasSize(1);
        }
    }

    /** Rounds 67-70: a byline's label alone, a date's value under its label, an update line under the date. */
    @Test
    void a_bylines_label_a_weekday_date_under_its_label_and_an_update_line_stand_alone() {
        assertThat(texts(PassageSplitter.split("Ouagadougou : plus de 5 000 volontaires mobilisés pour une journée de "
                + "salubrité\npar\nRédaction\nPublié le :\nlundi 8 juin 2026 à 17h40\n11 juin 2026\ndernière mise à "
                + "jour : 12 juin 2026"))).containsExactly("Ouagadougou : plus de 5 000 volontaires mobilisés pour une "
                + "journée de salubrité", "par", "Rédaction", "Publié le :", "lundi 8 juin 2026 à 17h40", "11 juin 2026",
                "dernière mise à jour : 12 juin 2026");
        // A wrapped sentence still joins, even when its next line opens on a weekday and a date.
        assertThat(texts(PassageSplitter.split("Le conseil des ministres, réuni en session extraordinaire, a fixé au\n"
                + "lundi 8 juin 2026 la date de la rentrée scolaire dans les régions du centre."))).hasSize(1);
    }

    /** Rounds 75-78: two reporters under a long headline, a short weekday with a numeric date, a widget's label. */
    @Test
    void two_reporters_a_short_weekday_date_and_a_label_under_a_finished_sentence_stand_alone() {
        assertThat(texts(PassageSplitter.split("Trapped in Oman: How Nigerian women recruited as nannies ended up in forced "
                + "labour\nby Chiamaka Okafor and Yusuf Adamu\nNouadhibou : les pêcheurs artisanaux demandent le report "
                + "de l’arrêt biologique\nmar, 23/09/2025 - 09:58\nThe minister said the floods had displaced thousands "
                + "of families.\nskip past newsletter promotion"))).containsExactly("Trapped in Oman: How Nigerian women "
                + "recruited as nannies ended up in forced labour", "by Chiamaka Okafor and Yusuf Adamu", "Nouadhibou : les "
                + "pêcheurs artisanaux demandent le report de l’arrêt biologique", "mar, 23/09/2025 - 09:58",
                "The minister said the floods had displaced thousands of families.", "skip past newsletter promotion");
        // After an abbreviation the sentence goes on: "M." then the name in lower case is not a sentence's end.
        assertThat(texts(PassageSplitter.split("Le rapport a été remis au ministre de l’Intérieur, M.\nle préfet l’a "
                + "transmis."))).hasSize(1);
    }

    /**
     * Round 107: a desk's byline in lower case under the headline ("by The Kyiv Dispatch news desk", "by Reuters
     * staff") stands alone, so the headline is the title; a wrapped sentence going on with "by the" still joins.
     */
    @Test
    void a_desk_byline_in_lower_case_under_the_headline_stands_alone() {
        assertThat(texts(PassageSplitter.split("Ukraine war latest: drones strike a fuel depot near the border, army says\n"
                + "by The Kyiv Dispatch news desk\nMali: gold output falls for a second year\nby Reuters staff")))
                .containsExactly("Ukraine war latest: drones strike a fuel depot near the border, army says",
                        "by The Kyiv Dispatch news desk", "Mali: gold output falls for a second year", "by Reuters staff");
        assertThat(texts(PassageSplitter.split("The fuel depot near the border was struck overnight, according to a statement\n"
                + "by the General Staff of the armed forces."))).hasSize(1);
    }

    /**
     * Round 118 and session 16: a reporter's initials in lower case under the headline ("dbo"), over the date line,
     * and the agency a story was written with ("avec AFP", "with Reuters") stand alone; a wrapped headline's last word
     * in lower case still joins it.
     */
    @Test
    void initials_over_a_date_and_the_agency_a_story_was_written_with_stand_alone() {
        assertThat(texts(PassageSplitter.split("Le radar-tronçon du ring a flashé 48.000 automobilistes en six mois\n"
                + "dbo\n04-02-26, 10:12\nLe Mali et la Russie signent un accord sur l'or\navec AFP")))
                .containsExactly("Le radar-tronçon du ring a flashé 48.000 automobilistes en six mois", "dbo",
                        "04-02-26, 10:12", "Le Mali et la Russie signent un accord sur l'or", "avec AFP");
        assertThat(texts(PassageSplitter.split("Le radar-tronçon du ring de Bruxelles a flashé 48.000 automobilistes en six\n"
                + "mois\nLes autorités se félicitent d'une baisse du nombre d'accidents."))).hasSize(2);
    }

    @Test
    void a_clock_or_a_comments_stamp_in_lower_case_under_a_short_line_stands_alone() {
        String text = "L'information au quotidien depuis 1998\njeudi 22 janvier 2026\n\n5 commentaires\n"
                + "zorey974 – 21/10/2025 à 07:12\n\nLes travaux du réseau d’eau potable de la commune se poursuivront\n"
                + "jusqu’au 30 mars 2026 à 18:00, selon la mairie.";
        assertThat(texts(PassageSplitter.split(text))).containsExactly("L'information au quotidien depuis 1998",
                "jeudi 22 janvier 2026", "5 commentaires", "zorey974 – 21/10/2025 à 07:12",
                "Les travaux du réseau d’eau potable de la commune se poursuivront\njusqu’au 30 mars 2026 à 18:00, selon la mairie.");
    }

    @Test
    void a_share_button_or_an_email_address_in_lower_case_stands_alone() {
        String text = "Updated at : February 10, 2026 08:15\nfacebook\ntwitter\nmail\nJérémie LAVALLÉE\n"
                + "jlavallee@lavoixrr.ca\nThe commission has also launched an application through which voters\n"
                + "can check their names.";
        assertThat(texts(PassageSplitter.split(text))).containsExactly("Updated at : February 10, 2026 08:15", "facebook",
                "twitter", "mail", "Jérémie LAVALLÉE", "jlavallee@lavoixrr.ca",
                "The commission has also launched an application through which voters\ncan check their names.");
    }

    @Test
    void a_line_opening_on_a_sites_address_stands_alone() {
        assertThat(texts(PassageSplitter.split("Soutenez l'information religieuse indépendante\n"
                + "cath-info.ch est financé en grande partie par les dons de ses lecteurs.")))
                .containsExactly("Soutenez l'information religieuse indépendante",
                        "cath-info.ch est financé en grande partie par les dons de ses lecteurs.");
    }
}
