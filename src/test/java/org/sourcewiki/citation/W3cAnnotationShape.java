package org.sourcewiki.citation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * The checks of the W3C Web Annotation Data Model that our annotations must pass, as the web-platform-tests
 * annotation-model suite states them (§3.1 context, id, type, target; §3.2 body and target as IRIs or specific
 * resources; §4.2.4 TextQuoteSelector; §4.2.5 TextPositionSelector), written out so the build needs no copy of
 * the suite.
 */
final class W3cAnnotationShape {
    private static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:[^\\s]*$");

    private W3cAnnotationShape() {
    }

    static void check(JsonNode annotation) {
        assertThat(annotation.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(annotation.get("id").asText()).matches(IRI);
        assertThat(annotation.get("type").asText()).isEqualTo("Annotation");
        assertThat(annotation.has("bodyValue")).isFalse();
        assertThat(annotation.get("body").isTextual()).isTrue();
        assertThat(annotation.get("body").asText()).matches(IRI);
        assertThat(annotation.get("created").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        JsonNode target = annotation.get("target");
        assertThat(target.isObject()).isTrue();
        assertThat(target.get("source").asText()).matches(IRI);
        assertThat(target.has("type")).as("a target typed SpecificResource fails the suite's SHOULD check").isFalse();
        JsonNode selectors = target.get("selector");
        assertThat(selectors.isArray()).isTrue();
        assertThat(selectors).hasSize(2);
        JsonNode quote = selectors.get(0);
        assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
        assertThat(quote.get("exact").isTextual()).isTrue();
        assertThat(quote.get("exact").asText()).isNotEmpty();
        assertThat(quote.get("prefix").isTextual()).isTrue();
        assertThat(quote.get("suffix").isTextual()).isTrue();
        JsonNode position = selectors.get(1);
        assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
        assertThat(position.get("start").isIntegralNumber()).isTrue();
        assertThat(position.get("end").isIntegralNumber()).isTrue();
        assertThat(position.get("start").asInt()).isNotNegative();
        assertThat(position.get("end").asInt()).isGreaterThanOrEqualTo(position.get("start").asInt());
    }
}
