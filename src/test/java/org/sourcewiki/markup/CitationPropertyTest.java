package org.sourcewiki.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sourcewiki.citation.CitationRef;

/**
 * Property: whatever Markdown construct a citation stands in, every "[@" the author writes outside code is either a
 * citation read with exactly the references written, or an error naming what was written; nothing is lost and no
 * placeholder leaks into the page. Bodies are generated from a fixed seed, so a failure can be replayed; the
 * failing body is printed.
 */
class CitationPropertyTest {
    private static final int BODIES = 3000;
    private static final String QUOTE_CHARS = "abcdefghijklmnopqrstuvwxyzéèàïç ABCDEFGHIJ0123456789 [][]];;;«»“”\"\"*_#@|<>&!():,.'’-–\\~^{}\n";
    private static final String[] OPEN = {"\"", "“", "«", "„"};
    private static final String[] CLOSE = {"\"", "”", "»", "“"};

    /** A citation as written, with the references it must give, or null when it must be an error. */
    private record Written(String text, List<CitationRef> refs) {
    }

    private record Construct(String name, Function<String, String> wrap) {
    }

    /** Each construct puts a citation (the argument) somewhere Markdown gives a meaning to. */
    private static final List<Construct> CONSTRUCTS = List.of(
            new Construct("paragraph", c -> "Texte " + c + " suite."),
            new Construct("line start before a colon", c -> c + ": https://example.org"),
            new Construct("line start alone", c -> c),
            new Construct("heading", c -> "## Titre " + c),
            new Construct("setext heading", c -> "Titre " + c + "\n======"),
            new Construct("bullet list", c -> "- un " + c + "\n- deux"),
            new Construct("ordered list", c -> "1. un " + c + "\n2. deux"),
            new Construct("block quote", c -> "> cité " + c),
            new Construct("nested quote and list", c -> "> - **[lien " + c + "](https://e.org)**"),
            new Construct("table cell", c -> "| a | b |\n|---|---|\n| " + c + " | x |"),
            new Construct("emphasis", c -> "*" + c + "*"),
            new Construct("strong", c -> "**mot " + c + "**"),
            new Construct("strikethrough", c -> "~~barré " + c + "~~"),
            new Construct("link label", c -> "[texte " + c + " suite](https://example.org)"),
            new Construct("reference link label", c -> "[texte " + c + "][ref]\n\n[ref]: https://example.org"),
            new Construct("wiki link label", c -> "[[Assimi Goïta|le président " + c + "]]"),
            new Construct("after a wiki link", c -> "[[Assimi Goïta]]" + c),
            new Construct("image alt", c -> "![image " + c + "](https://example.org/a.png)"),
            new Construct("inline html", c -> "<span>" + c + "</span>"),
            new Construct("html block", c -> "<div>\n" + c + "\n</div>"),
            new Construct("inside brackets", c -> "[" + c + "]"),
            new Construct("inside double brackets", c -> "[[ " + c + " ]]"),
            new Construct("after a bang", c -> "!" + c),
            new Construct("hard line break", c -> "ligne  \n" + c),
            new Construct("after a code span", c -> "`code` " + c + " `code`"));

    @Test
    void every_citation_in_every_construct_is_read_exactly_or_named_as_an_error() {
        Random random = new Random(20261130L);
        for (int n = 0; n < BODIES; n++) {
            List<Written> written = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            int blocks = 1 + random.nextInt(4);
            for (int b = 0; b < blocks; b++) {
                Written citation = citation(random);
                written.add(citation);
                Construct construct = CONSTRUCTS.get(random.nextInt(CONSTRUCTS.size()));
                body.append(construct.wrap().apply(citation.text())).append("\n\n");
            }
            check(body.toString(), written);
        }
    }

    private static void check(String body, List<Written> written) {
        RenderedMarkup markup = WikiMarkup.parse(body);
        List<CitationUse> uses = markup.citations();
        String context = "\n--- body ---\n" + body + "\n--- read ---\n" + uses;
        Map<String, Integer> numbers = new HashMap<>();
        int expectedMarkers = 0;
        List<CitationRef> expectedRefs = new ArrayList<>();
        for (Written citation : written) {
            if (citation.refs() == null) {
                assertThat(uses).as("an unreadable citation is an error naming it" + context)
                        .anyMatch(use -> use.syntaxError() != null && use.raw().startsWith(citation.text().substring(0, 2))
                                && citation.text().startsWith(use.raw().substring(0, Math.min(use.raw().length(), citation.text().length()))));
            } else {
                expectedRefs.addAll(citation.refs());
                for (CitationRef ref : citation.refs()) {
                    numbers.putIfAbsent(ref.key(), numbers.size() + 1);
                }
                expectedMarkers += citation.refs().size();
            }
        }
        assertThat(uses.stream().filter(use -> use.ref() != null).map(CitationUse::ref).toList())
                .as("the references read are those written" + context).containsExactlyInAnyOrderElementsOf(expectedRefs);
        long errors = uses.stream().filter(use -> use.syntaxError() != null).count();
        assertThat(errors).as("one error per unreadable citation" + context)
                .isEqualTo(written.stream().filter(w -> w.refs() == null).count());
        String html = WikiMarkupTest.decoded(markup.html(Set.of("Assimi_Goïta"), numbers));
        assertThat(html).as("no placeholder leaks" + context).doesNotContain("\uE000").doesNotContain("\uE001");
        assertThat(markup.plainText()).as("no placeholder leaks into the text" + context).doesNotContain("\uE000");
        assertThat(html.split("class=\"citation-marker\"", -1).length - 1).as("every reference has its note marker" + context)
                .isEqualTo(expectedMarkers);
        if (errors == 0) {
            assertThat(html).as("no citation is shown as raw text" + context).doesNotContain("[@");
        }
    }

    private static Written citation(Random random) {
        if (random.nextInt(5) == 0) {
            String[] broken = {"[@]", "[@a#p]", "[@a#1]", "[@#p1]", "[@a#p1 sans guillemets]", "[@a#p1 \"\"]",
                    "[@ a b]", "[@a#p1;]", "[@a#p1234567]", "[@a#p2x]", "[ @a#p1 ; ]"};
            return new Written(broken[random.nextInt(broken.length)], null);
        }
        int count = 1 + (random.nextInt(3) == 0 ? random.nextInt(3) : 0);
        StringBuilder text = new StringBuilder("[");
        List<CitationRef> refs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(random.nextBoolean() ? "; " : " ;");
            }
            String slug = "src-" + random.nextInt(50);
            int passage = 1 + random.nextInt(300);
            text.append(random.nextBoolean() ? "" : " ").append('@').append(slug).append("#p").append(passage);
            String quote = null;
            if (random.nextBoolean()) {
                quote = quote(random);
                int mark = random.nextInt(OPEN.length);
                text.append(' ').append(OPEN[mark]).append(random.nextBoolean() ? " " : "").append(quote)
                        .append(random.nextBoolean() ? " " : "").append(CLOSE[mark]);
            }
            refs.add(new CitationRef(slug, passage, quote));
        }
        text.append(random.nextBoolean() ? "]" : " ]");
        return new Written(text.toString(), refs);
    }

    /** Quoted words: any character, but no closing mark followed by "]" or "; @", and no blank line. */
    private static String quote(Random random) {
        while (true) {
            StringBuilder quote = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                quote.append(QUOTE_CHARS.charAt(random.nextInt(QUOTE_CHARS.length())));
            }
            String text = quote.toString().strip();
            if (!text.isEmpty() && !text.matches("(?s).*[\"”»“]\\s*(\\]|;\\s*@).*") && !text.matches("(?s).*[\"”»“]")
                    && !text.contains("\n\n") && !text.contains("`") && !text.matches("(?s).*\\n\\s*\\n.*")) {
                return text;
            }
        }
    }
}
