package org.sourcewiki.source;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata a web page states about its article, each field from the first source in this order (the
 * origin recorded is in brackets):
 * <ul>
 *   <li>title: schema.org Article JSON-LD {@code headline} [json-ld], {@code og:title} [og:title],
 *       {@code twitter:title} [twitter:title], {@code <title>} without its " | Site name" part [html title];</li>
 *   <li>date: JSON-LD {@code datePublished} [json-ld], {@code article:published_time} [article:published_time],
 *       a {@code date}/{@code DC.date}/{@code dcterms.issued}-style meta [meta:NAME], an
 *       {@code itemprop=datePublished} or {@code time[pubdate]} element [microdata];</li>
 *   <li>author: JSON-LD {@code author} names [json-ld], meta {@code author} [meta:author],
 *       {@code article:author} when it is a name, not an address [article:author], {@code rel=author} or
 *       {@code itemprop=author} text [microdata];</li>
 *   <li>publisher: JSON-LD {@code publisher} name [json-ld], {@code og:site_name} [og:site_name];</li>
 *   <li>url: {@code link rel=canonical} [canonical], {@code og:url} [og:url], JSON-LD {@code url} [json-ld];</li>
 *   <li>language: {@code <html lang>} [html lang], JSON-LD {@code inLanguage} [json-ld], {@code og:locale}
 *       [og:locale], as a primary language subtag ({@code fr}, {@code en}).</li>
 * </ul>
 * Structured data made for machines (JSON-LD, Open Graph) comes before the {@code <title>}, which sites pad with
 * their own name. Nothing is guessed here: a field the page does not state stays empty.
 */
final class HtmlMetadata {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final List<String> DATE_METAS = List.of("date", "pubdate", "publishdate", "publish-date",
            "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date",
            "parsely-pub-date", "article.published", "og:published_time", "datepublished");
    private static final Pattern PLACEHOLDER_TITLE = Pattern.compile(
            "(?i)(menu|home|accueil|index|untitled|sans titre|document|page|article|new tab|nouvel onglet)");
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " – ", " — ", " - ", " :: ", " · ", " • ",
            " » ", " / ");

    private HtmlMetadata() {
    }

    static StatedMetadata read(Document doc, String baseUri) {
        StatedMetadata metadata = new StatedMetadata();
        JsonNode article = jsonLdArticle(doc);
        if (article != null) {
            metadata.offer(StatedMetadata.TITLE, text(article, "headline"), "json-ld");
            StatedDates.fromMetadata(text(article, "datePublished"))
                    .ifPresent(date -> metadata.offer(StatedMetadata.DATE, date, "json-ld"));
            metadata.offer(StatedMetadata.AUTHOR, names(article.get("author")), "json-ld");
            metadata.offer(StatedMetadata.PUBLISHER, names(article.get("publisher")), "json-ld");
            metadata.offer(StatedMetadata.LANGUAGE, primaryLanguage(text(article, "inLanguage")), "json-ld");
        }
        metadata.offer(StatedMetadata.PUBLISHER, plain(meta(doc, "og:site_name")), "og:site_name");
        List<String> sites = siteNames(doc, metadata);
        // A "title" that is only the site's name (a home page's title left on every page) states no headline.
        metadata.offer(StatedMetadata.TITLE, unlessSiteName(meta(doc, "og:title"), sites), "og:title");
        metadata.offer(StatedMetadata.TITLE, unlessSiteName(meta(doc, "twitter:title"), sites), "twitter:title");
        metadata.offer(StatedMetadata.TITLE, unlessSiteName(titleWithoutSite(doc.title(), sites), sites), "html title");

        StatedDates.fromMetadata(meta(doc, "article:published_time"))
                .ifPresent(date -> metadata.offer(StatedMetadata.DATE, date, "article:published_time"));
        for (String name : DATE_METAS) {
            String value = meta(doc, name);
            StatedDates.fromMetadata(value).ifPresent(date -> metadata.offer(StatedMetadata.DATE, date, "meta:" + name));
        }
        Element microdata = doc.selectFirst("[itemprop=datePublished], time[pubdate]");
        if (microdata != null) {
            String value = microdata.hasAttr("content") ? microdata.attr("content")
                    : microdata.hasAttr("datetime") ? microdata.attr("datetime") : microdata.text();
            StatedDates.fromMetadata(value).ifPresent(date -> metadata.offer(StatedMetadata.DATE, date, "microdata"));
        }

        metadata.offer(StatedMetadata.AUTHOR, notAnAddress(meta(doc, "author")), "meta:author");
        metadata.offer(StatedMetadata.AUTHOR, notAnAddress(meta(doc, "article:author")), "article:author");
        Element author = doc.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author]");
        if (author != null) {
            String value = author.hasAttr("content") ? author.attr("content") : author.text();
            metadata.offer(StatedMetadata.AUTHOR, value.length() <= 120 ? value : null, "microdata");
        }

        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            metadata.offer(StatedMetadata.URL, webAddress(canonical.attr("href"), baseUri), "canonical");
        }
        metadata.offer(StatedMetadata.URL, webAddress(meta(doc, "og:url"), baseUri), "og:url");
        if (article != null) {
            metadata.offer(StatedMetadata.URL, webAddress(text(article, "url"), baseUri), "json-ld");
        }

        Element html = doc.selectFirst("html");
        if (html != null) {
            metadata.offer(StatedMetadata.LANGUAGE, primaryLanguage(html.attr("lang")), "html lang");
        }
        metadata.offer(StatedMetadata.LANGUAGE, primaryLanguage(meta(doc, "og:locale")), "og:locale");
        return metadata;
    }

    /** The content of the first {@code meta} with this property or name (case-insensitive), or null. */
    static String meta(Document doc, String key) {
        for (Element meta : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))
                    || key.equalsIgnoreCase(meta.attr("itemprop"))) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    /**
     * The schema.org object of an Article type (NewsArticle, BlogPosting …) in the page's JSON-LD that describes this
     * page: of several (a related article's block beside the page's own), the one whose headline the page's
     * {@code <title>} or {@code <h1>} states, else the first.
     */
    static JsonNode jsonLdArticle(Document doc) {
        List<JsonNode> articles = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                List<JsonNode> candidates = new ArrayList<>();
                collect(root, candidates, 0);
                for (JsonNode node : candidates) {
                    if (isArticle(node.get("@type"))) {
                        articles.add(node);
                    }
                }
            } catch (Exception e) {
                // a broken JSON-LD block states nothing; the page's other metadata still counts
            }
        }
        if (articles.size() > 1) {
            Element h1 = doc.selectFirst("h1");
            String stated = StatedDates.fold(doc.title() + " " + (h1 == null ? "" : h1.text()));
            for (JsonNode article : articles) {
                String headline = text(article, "headline");
                if (headline != null && !headline.isBlank() && stated.contains(StatedDates.fold(headline))) {
                    return article;
                }
            }
        }
        return articles.isEmpty() ? null : articles.get(0);
    }

    /** A value as a reader reads it: tags dropped and entities decoded ("<b>Gras</b> &amp; Titre" gives "Gras & Titre"). */
    static String plain(String value) {
        if (value == null || value.indexOf('<') < 0 && value.indexOf('&') < 0) {
            return value;
        }
        return Jsoup.parseBodyFragment(value).text().strip();
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText();
        return name.endsWith("Article") || name.equals("BlogPosting") || name.equals("Report");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        if (value.isObject()) {
            value = value.has("@value") ? value.get("@value") : value.get("name");
        }
        // A number, a truth value or null states no headline, date or name ("headline": 12345).
        return value == null || !value.isTextual() ? null : plain(value.asText());
    }

    /** A person or organisation, or a list of them, as "Name, Other Name"; addresses are not names. */
    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        for (JsonNode item : items) {
            JsonNode named = item.isObject() ? item.get("name") : item;
            String name = named != null && named.isTextual() ? plain(named.asText()) : null; // never "42", "null"
            name = notAnAddress(name);
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return Authors.join(List.copyOf(names));
    }

    private static String notAnAddress(String value) {
        return value == null || value.matches("(?i)^(https?:)?//.*") ? null : value;
    }

    private static String webAddress(String value, String baseUri) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = baseUri == null || baseUri.isEmpty() ? new URI(value.strip()) : new URI(baseUri).resolve(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // A site's home page given as every page's canonical address names no article ("https://example.ml/").
            boolean home = (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))
                    && uri.getQuery() == null;
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !home
                    ? uri.toString() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** "fr-FR", "fr_FR" or "FR" give "fr"; anything that is not a language tag gives null. */
    static String primaryLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    /** Names the site goes by: its stated publisher and site name, and its address's host without www. */
    private static List<String> siteNames(Document doc, StatedMetadata metadata) {
        List<String> names = new ArrayList<>();
        if (metadata.get(StatedMetadata.PUBLISHER) != null) {
            names.add(metadata.get(StatedMetadata.PUBLISHER));
        }
        for (String address : new String[] {meta(doc, "og:url"),
                doc.selectFirst("link[rel=canonical]") == null ? null : doc.selectFirst("link[rel=canonical]").attr("href")}) {
            try {
                if (address != null && new URI(address).getHost() != null) {
                    String host = new URI(address).getHost().replaceFirst("^www\\.", "");
                    names.add(host);
                    names.add(host.replaceFirst("\\.[a-z]+$", ""));
                }
            } catch (Exception e) {
                // not an address: no name from it
            }
        }
        return names;
    }

    /**
     * The page title without the site's name that sites add before or after it ("Title | Le Site", "Site - Title").
     * A part is the site's name when it matches a stated site name or the host; without one, a short last part
     * after " | " is taken as the site's name, since headlines rarely hold a pipe.
     */
    static String titleWithoutSite(String title, List<String> siteNames) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String clean = title.replaceAll("\\s+", " ").strip();
        for (String separator : TITLE_SEPARATORS) {
            int last = clean.lastIndexOf(separator);
            if (last > 0) {
                String tail = clean.substring(last + separator.length());
                if (isSiteName(tail, siteNames)) {
                    return titleWithoutSite(clean.substring(0, last), siteNames);
                }
            }
            int first = clean.indexOf(separator);
            if (first > 0 && isSiteName(clean.substring(0, first), siteNames)) {
                return titleWithoutSite(clean.substring(first + separator.length()), siteNames);
            }
        }
        int pipe = clean.lastIndexOf(" | ");
        if (pipe > 0) {
            String tail = clean.substring(pipe + 3);
            if (tail.split("\\s+").length <= 4 && tail.length() * 2 < pipe) {
                return clean.substring(0, pipe).strip();
            }
        }
        return clean;
    }

    /**
     * The title, unless it is the site's name, a menu ("Accueil | Actualités | Politique | Sport": three items or
     * more between bars or bullets, or four short ones between dashes) or a page's placeholder ("Menu", "Home", "Untitled"): then the article's
     * headline is read from its text instead.
     */
    private static String unlessSiteName(String title, List<String> siteNames) {
        if (title == null || squash(title).equals("") || siteNames.stream().anyMatch(n -> squash(n).equals(squash(title)))) {
            return null;
        }
        boolean menu = BoilerplateClassifier.ITEMS_BETWEEN_BARS.matcher(title).find() || dashedMenu(title);
        return menu || PLACEHOLDER_TITLE.matcher(title.strip()).matches() ? null : title;
    }

    /** Four items or more between dashes, none over three words ("Connexion - Mon compte - S'abonner - Newsletter"). */
    private static boolean dashedMenu(String title) {
        String[] items = title.split("\\s[-–—]\\s");
        return items.length >= 4 && Arrays.stream(items).allMatch(item -> item.strip().split("\\s+").length <= 3);
    }

    private static boolean isSiteName(String part, List<String> siteNames) {
        String folded = squash(part);
        if (folded.isEmpty()) {
            return false;
        }
        for (String name : siteNames) {
            String site = squash(name);
            if (!site.isEmpty() && (folded.equals(site) || (site.length() >= 4 && folded.contains(site))
                    || (folded.length() >= 4 && site.contains(folded) && folded.length() * 10 >= site.length() * 6))) {
                return true;
            }
        }
        return false;
    }

    private static String squash(String text) {
        return StatedDates.fold(text).replaceAll("[^a-z0-9]", "");
    }
}
