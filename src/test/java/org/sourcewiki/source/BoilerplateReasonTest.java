package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BoilerplateReasonTest {
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final List<ResourceBundle> BUNDLES = List.of(ResourceBundle.getBundle("i18n/messages", Locale.ROOT, EXACT),
            ResourceBundle.getBundle("i18n/messages", Locale.FRENCH, EXACT));

    @Test
    void every_rule_that_decides_boilerplate_has_words_in_english_and_french() throws Exception {
        Set<String> rules = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/boilerplate-rules.tsv"), StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t");
            if (!line.startsWith("#") && columns.length > 1 && !columns[1].equals("keep")) {
                rules.add(columns[0]);
            }
        }
        assertThat(rules).hasSizeGreaterThan(20);
        for (String rule : rules) {
            assertThat(BoilerplateReason.of(rule).messageKey()).as(rule).isEqualTo("boilerplate.reason." + rule);
        }
        for (String code : BoilerplateReason.WORDED) {
            for (ResourceBundle bundle : BUNDLES) {
                assertThat(bundle.containsKey("boilerplate.reason." + code)).as(code + " in " + bundle.getLocale()).isTrue();
            }
        }
    }

    @Test
    void a_repeat_names_its_passage_and_an_unknown_code_gets_the_generic_words_never_the_code() {
        assertThat(BoilerplateReason.of("repeat-of-p36")).isEqualTo(new BoilerplateReason("boilerplate.reason.repeat", 36));
        assertThat(BoilerplateReason.of("a-rule-added-later").messageKey()).isEqualTo(BoilerplateReason.GENERIC);
        assertThat(BoilerplateReason.of(null).messageKey()).isEqualTo(BoilerplateReason.GENERIC);
        for (ResourceBundle bundle : BUNDLES) {
            assertThat(bundle.getString(BoilerplateReason.GENERIC)).isNotBlank();
            assertThat(bundle.getString("passage.run")).contains("{0}").contains("{1}").contains("{2}");
        }
    }

    @Test
    void a_run_of_two_or_more_boilerplate_passages_is_one_group_open_when_a_link_points_into_it() {
        List<PassageView> views = List.of(view(1, "body"), view(2, "boilerplate"), view(3, "body"), view(4, "boilerplate"),
                view(5, "boilerplate"), view(6, "boilerplate"));
        List<PassageGroup> groups = PassageGroup.of(views, 5);
        assertThat(groups).extracting(PassageGroup::count).containsExactly(1, 1, 1, 3);
        assertThat(groups.get(1).isRun()).isFalse();
        assertThat(groups.get(3).isRun()).isTrue();
        assertThat(groups.get(3).first()).isEqualTo(4);
        assertThat(groups.get(3).last()).isEqualTo(6);
        assertThat(groups.get(3).open()).isTrue();
        assertThat(PassageGroup.of(views, 2).get(3).open()).isFalse();
        assertThat(PassageGroup.of(views, null).get(3).reasons()).extracting(BoilerplateReason::messageKey)
                .containsExactly("boilerplate.reason.read-also");
    }

    private static PassageView view(int number, String kind) {
        return PassageView.of(new StoredPassage(number, "paragraph", kind, "boilerplate".equals(kind) ? "read-also" : "article",
                number * 10, number * 10 + 5, "texte"), null, null, List.of());
    }
}
