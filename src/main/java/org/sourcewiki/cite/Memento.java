package org.sourcewiki.cite;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The headers and TimeMap of RFC 7089 (Memento), pure. The original resource /wiki/{slug} is its own TimeGate
 * (RFC 7089 §4.1.1, "URI-R=URI-G; 302-Style Negotiation; Distinct URI-M for Mementos"), the Mementos are the
 * permalinks /wiki/{slug}?rev={id}, and the TimeMap is /wiki/{slug}/timemap in application/link-format (RFC 6690).
 * Datetimes are HTTP dates (RFC 7231 §7.1.1.1, the RFC 1123 form): "Tue, 20 Mar 2001 13:36:10 GMT".
 */
public final class Memento {
    public static final String LINK_FORMAT = "application/link-format";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    private Memento() {
    }

    public static String httpDate(OffsetDateTime time) {
        return HTTP_DATE.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /**
     * An Accept-Datetime value (RFC 7089 §2.1.1: an RFC 1123 date, in GMT); empty when it is not one. A one-digit
     * day, as RFC 1123 allows, is read too.
     */
    public static Optional<OffsetDateTime> parseHttpDate(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            if (!time.getOffset().equals(ZoneOffset.UTC)) {
                return Optional.empty();
            }
            return Optional.of(time);
        } catch (DateTimeException malformed) {
            return Optional.empty();
        }
    }

    /** One link of a Link header or a TimeMap: target, relation types (space-separated) and other parameters. */
    public record Link(String target, String rel, Map<String, String> parameters) {
        public String format() {
            StringBuilder link = new StringBuilder("<").append(target).append(">; rel=\"").append(rel).append('"');
            parameters.forEach((name, value) -> link.append("; ").append(name).append("=\"").append(value).append('"'));
            return link.toString();
        }
    }

    /** A memento with its datetime, and the relations it has besides "memento" (first, last, prev, next). */
    public record MementoRef(String uri, OffsetDateTime datetime) {
    }

    public static Link original(String originalUri) {
        return new Link(originalUri, "original timegate", Map.of());
    }

    public static Link timemap(String timemapUri) {
        return new Link(timemapUri, "timemap", Map.of("type", LINK_FORMAT));
    }

    /**
     * The mementos named in a Link header, one link per URI with every relation it has: a memento that is both the
     * first and the one being served is {@code rel="first memento"} (RFC 7089 §2.2.4 allows combining them).
     *
     * @param related relation ("first", "last", "prev", "next" or "" for the memento itself) to memento
     */
    public static List<Link> mementos(Map<String, MementoRef> related) {
        Map<String, List<String>> rels = new LinkedHashMap<>();
        Map<String, OffsetDateTime> times = new LinkedHashMap<>();
        for (String rel : List.of("first", "prev", "", "next", "last")) {
            MementoRef memento = related.get(rel);
            if (memento == null) {
                continue;
            }
            List<String> names = rels.computeIfAbsent(memento.uri(), uri -> new ArrayList<>());
            if (!rel.isEmpty()) {
                names.add(rel);
            }
            times.put(memento.uri(), memento.datetime());
        }
        List<Link> links = new ArrayList<>();
        rels.forEach((uri, names) -> {
            List<String> all = new ArrayList<>(names);
            all.add("memento");
            links.add(new Link(uri, String.join(" ", all), Map.of("datetime", httpDate(times.get(uri)))));
        });
        return links;
    }

    public static String header(List<Link> links) {
        return String.join(", ", links.stream().map(Link::format).toList());
    }

    /**
     * A TimeMap (RFC 7089 §5.1.1): the original resource (also its TimeGate), the TimeMap itself with the first and
     * last datetimes, then every memento oldest first, the first and last marked so; one link per line.
     */
    public static String timeMap(String originalUri, String timemapUri, List<MementoRef> mementos) {
        List<Link> links = new ArrayList<>();
        links.add(original(originalUri));
        Map<String, String> self = new LinkedHashMap<>();
        self.put("type", LINK_FORMAT);
        if (!mementos.isEmpty()) {
            self.put("from", httpDate(mementos.get(0).datetime()));
            self.put("until", httpDate(mementos.get(mementos.size() - 1).datetime()));
        }
        links.add(new Link(timemapUri, "self", self));
        for (int i = 0; i < mementos.size(); i++) {
            MementoRef memento = mementos.get(i);
            String rel = (i == 0 ? "first " : "") + (i == mementos.size() - 1 ? "last " : "") + "memento";
            links.add(new Link(memento.uri(), rel, Map.of("datetime", httpDate(memento.datetime()))));
        }
        return String.join(",\n", links.stream().map(Link::format).toList()) + "\n";
    }

    /** Now, for callers that want the current instant as an HTTP date. */
    public static String httpDate(Instant instant) {
        return httpDate(instant.atOffset(ZoneOffset.UTC));
    }
}
