package org.sourcewiki.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** RFC 7089 headers and TimeMaps, checked against the RFC's own examples. */
class MementoTest {
    /** The Memento-Datetime of RFC 7089 §4.1.1's example, and RFC 7231's example HTTP date. */
    private static final String RFC_7089_DATE = "Tue, 20 Mar 2001 13:36:10 GMT";
    private static final String RFC_7231_DATE = "Sun, 06 Nov 1994 08:49:37 GMT";

    @Test
    void http_dates_read_and_write_as_the_rfc_examples_do() {
        OffsetDateTime time = Memento.parseHttpDate(RFC_7089_DATE).orElseThrow();
        assertThat(time).isEqualTo(OffsetDateTime.of(2001, 3, 20, 13, 36, 10, 0, ZoneOffset.UTC));
        assertThat(Memento.httpDate(time)).isEqualTo(RFC_7089_DATE);
        assertThat(Memento.httpDate(Memento.parseHttpDate(RFC_7231_DATE).orElseThrow())).isEqualTo(RFC_7231_DATE);
        assertThat(Memento.httpDate(OffsetDateTime.of(2025, 4, 2, 23, 30, 0, 999, ZoneOffset.ofHours(-2))))
                .as("UTC, two-digit day, no fractions").isEqualTo("Thu, 03 Apr 2025 01:30:00 GMT");
    }

    @Test
    void anything_but_an_http_date_is_refused() {
        assertThat(Memento.parseHttpDate("2001-03-20T13:36:10Z")).isEmpty();
        assertThat(Memento.parseHttpDate("yesterday")).isEmpty();
        assertThat(Memento.parseHttpDate("Tue, 20 Mar 2001 13:36:10 +0200")).isEmpty();
        assertThat(Memento.parseHttpDate("Tue, 32 Mar 2001 13:36:10 GMT")).isEmpty();
        assertThat(Memento.parseHttpDate("")).isEmpty();
        assertThat(Memento.parseHttpDate(null)).isEmpty();
    }

    @Test
    void a_memento_link_header_names_original_timegate_timemap_and_its_neighbours_once_each() {
        OffsetDateTime t = OffsetDateTime.of(2001, 3, 20, 13, 36, 10, 0, ZoneOffset.UTC);
        Map<String, Memento.MementoRef> related = new LinkedHashMap<>();
        related.put("first", new Memento.MementoRef("http://a.example.org/?rev=1", t));
        related.put("prev", new Memento.MementoRef("http://a.example.org/?rev=1", t));
        related.put("", new Memento.MementoRef("http://a.example.org/?rev=2", t.plusDays(1)));
        related.put("last", new Memento.MementoRef("http://a.example.org/?rev=2", t.plusDays(1)));
        List<Memento.Link> links = new ArrayList<>(List.of(Memento.original("http://a.example.org/"),
                Memento.timemap("http://a.example.org/timemap")));
        links.addAll(Memento.mementos(related));
        Map<String, Map<String, String>> parsed = parseLinks(Memento.header(links));
        assertThat(parsed.get("http://a.example.org/")).containsEntry("rel", "original timegate");
        assertThat(parsed.get("http://a.example.org/timemap")).containsEntry("rel", "timemap").containsEntry("type", "application/link-format");
        assertThat(parsed.get("http://a.example.org/?rev=1")).containsEntry("rel", "first prev memento")
                .containsEntry("datetime", RFC_7089_DATE);
        assertThat(parsed.get("http://a.example.org/?rev=2")).containsEntry("rel", "last memento")
                .containsEntry("datetime", "Wed, 21 Mar 2001 13:36:10 GMT");
    }

    @Test
    void a_timemap_has_the_shape_of_the_rfc_7089_example() {
        OffsetDateTime t = OffsetDateTime.of(2000, 6, 20, 18, 2, 59, 0, ZoneOffset.UTC);
        List<Memento.MementoRef> mementos = List.of(
                new Memento.MementoRef("http://a.example.org/?rev=1", t),
                new Memento.MementoRef("http://a.example.org/?rev=5", t.plusHours(7)),
                new Memento.MementoRef("http://a.example.org/?rev=9", t.plusYears(8)));
        String timemap = Memento.timeMap("http://a.example.org/", "http://a.example.org/timemap", mementos);
        List<Map.Entry<String, Map<String, String>>> links = new ArrayList<>(parseLinks(timemap).entrySet());
        assertThat(links).hasSize(5);
        assertThat(links.get(0).getKey()).isEqualTo("http://a.example.org/");
        assertThat(links.get(0).getValue()).containsEntry("rel", "original timegate");
        assertThat(links.get(1).getValue()).containsEntry("rel", "self").containsEntry("type", "application/link-format")
                .containsEntry("from", "Tue, 20 Jun 2000 18:02:59 GMT").containsEntry("until", "Fri, 20 Jun 2008 18:02:59 GMT");
        assertThat(links.get(2).getValue()).containsEntry("rel", "first memento").containsEntry("datetime", "Tue, 20 Jun 2000 18:02:59 GMT");
        assertThat(links.get(3).getValue()).containsEntry("rel", "memento").containsEntry("datetime", "Wed, 21 Jun 2000 01:02:59 GMT");
        assertThat(links.get(4).getValue()).containsEntry("rel", "last memento");
        assertThat(timemap).endsWith("\n").contains(",\n<http://a.example.org/?rev=5>");
    }

    @Test
    void a_timemap_of_one_revision_marks_it_first_and_last() {
        OffsetDateTime t = OffsetDateTime.of(2000, 6, 20, 18, 2, 59, 0, ZoneOffset.UTC);
        String timemap = Memento.timeMap("http://a/", "http://a/timemap", List.of(new Memento.MementoRef("http://a/?rev=1", t)));
        assertThat(parseLinks(timemap).get("http://a/?rev=1")).containsEntry("rel", "first last memento");
    }

    /**
     * A reader of RFC 6690 link-format (also the Link header's syntax, RFC 8288): comma-separated links, each a
     * target in angle brackets and ;-separated parameters with quoted values. Fails on anything else.
     */
    static Map<String, Map<String, String>> parseLinks(String text) {
        Map<String, Map<String, String>> links = new LinkedHashMap<>();
        Matcher link = Pattern.compile("\\s*<([^>]*)>((?:\\s*;\\s*[a-z-]+=\"[^\"]*\")*)\\s*(,|$)").matcher(text);
        int at = 0;
        while (at < text.length() && link.find(at) && link.start() == at) {
            Map<String, String> parameters = new LinkedHashMap<>();
            Matcher parameter = Pattern.compile(";\\s*([a-z-]+)=\"([^\"]*)\"").matcher(link.group(2));
            while (parameter.find()) {
                parameters.put(parameter.group(1), parameter.group(2));
            }
            links.put(link.group(1), parameters);
            at = link.end();
        }
        assertThat(text.substring(at).strip()).as("unread link-format").isEmpty();
        return links;
    }
}
