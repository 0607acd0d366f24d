package org.sourcewiki.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Site template detection: a block a site prints on its other pages too (a menu, a tip line, a support prompt, a
 * footer, another article's headline in a teaser) belongs to the site's template, not to this article. This is the
 * observation behind template detection in web mining (Bar-Yossef and Rajagopalan, "Template detection via data
 * mining and its applications", WWW 2002; Gibson, Punera and Tomkins, "The volume and evolution of web page
 * templates", WWW 2005): it needs no word list, so it catches junk of kinds no rule names, on any site, once a
 * second page of that site has been imported.
 *
 * <p>Pure: the importer gives the texts of the site's other pages. A passage the classifier kept as body is marked
 * boilerplate (reason {@value #REASON}) when its text, folded as the rules fold it, is the text of a passage of
 * another page of the same site, unless it is the article's title or lead, a byline, dateline or signature (an author signs
 * many articles), or a sentence of prose of 15 words or more (a background paragraph a newsroom reuses is still the
 * article's text).
 */
public final class SiteTemplate {
    public static final String REASON = "site-template";
    /** Passages longer than this (in characters) are never remembered: templates are short. */
    public static final int MAX_CHARS = 300;
    private static final int PROSE_WORDS = 15;
    private static final Set<String> KEEP_REASONS = Set.of("byline", "dateline", "signature", "headline", "lead");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…»\"”)]\\s*$");
    private static final Pattern WWW = Pattern.compile("^www\\d?\\.");

    private SiteTemplate() {
    }

    /**
     * A site's identity: the host of its address without "www." (lower case), else its publisher folded, else null
     * when neither is known (such a page is compared with no other).
     */
    public static String siteKey(String publisher, String url) {
        String host = host(url);
        if (host != null) {
            return "host:" + host;
        }
        if (publisher != null && !publisher.isBlank()) {
            return "publisher:" + BoilerplateRules.fold(publisher);
        }
        return null;
    }

    /** The host of an http(s) address without "www." (lower case), or null; the same as {@code V17}'s index. */
    public static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = new URI(url.strip()).getHost();
            return host == null || host.isBlank() ? null : WWW.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("");
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The form a passage's text is remembered and compared in; null for a passage too long to be template. */
    public static String key(String text) {
        if (text == null || text.length() > MAX_CHARS) {
            return null;
        }
        String folded = BoilerplateRules.fold(text);
        return folded.isEmpty() ? null : folded;
    }

    /**
     * The passages with those the site prints elsewhere marked boilerplate; the same list when nothing matches.
     *
     * @param siteTexts {@link #key} of every passage (≤ {@value #MAX_CHARS} characters) of the site's other pages
     * @param title     the article's chosen title, or null
     */
    public static List<NewPassage> apply(List<NewPassage> passages, Set<String> siteTexts, String title) {
        if (siteTexts.isEmpty()) {
            return passages;
        }
        String titleKey = title == null ? null : BoilerplateRules.fold(title.replaceAll("^\\[|\\]$", ""));
        List<NewPassage> out = new ArrayList<>(passages.size());
        for (NewPassage p : passages) {
            String key = key(p.text());
            boolean template = p.kind() == PassageKind.BODY && key != null && siteTexts.contains(key)
                    && !key.equals(titleKey) && !KEEP_REASONS.contains(p.kindReason()) && !prose(p.text());
            out.add(template ? new NewPassage(p.number(), p.form(), PassageKind.BOILERPLATE, REASON, p.start(), p.end(),
                    p.text()) : p);
        }
        return out;
    }

    private static boolean prose(String text) {
        return text.strip().split("\\s+").length >= PROSE_WORDS && SENTENCE_END.matcher(text).find();
    }
}
