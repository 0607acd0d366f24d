package org.sourcewiki.source;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an HTML DOM (parsed by jsoup) into blocks in reading order, with each block's {@link BlockContext}.
 *
 * <p>Blocks are the elements a reader sees as paragraphs: {@code p}, {@code h1}–{@code h6}, {@code li},
 * {@code blockquote}, {@code figcaption}, table cells and a few more, plus runs of text that sit directly in a
 * container such as a {@code div} (two {@code br} in a row end a run). An element holding blocks of its own (a
 * {@code li} with a nested list, a {@code td} with paragraphs) gives its loose text as blocks of its own name.
 * {@code script}, {@code style}, {@code noscript}, {@code template}, form controls, media and hidden elements
 * ({@code hidden}, {@code aria-hidden="true"}, {@code display:none}, {@code visibility:hidden}) are dropped; page
 * chrome (menus, share bars, footers) is kept, marked by its context, so nothing a reader sees is lost.
 *
 * <p>Chrome is the nearest ancestor (or the block itself) that is a {@code nav}, {@code aside} or {@code form}, a
 * page-level {@code header} or {@code footer} (one not inside an {@code article}, {@code main} or {@code section}:
 * WAI-ARIA's banner and contentinfo), an element with a landmark role (navigation, banner, contentinfo,
 * complementary, search) or the role of a dialog, menu or toolbar, or one whose class or id names a kind of chrome
 * (menu, share, social, comment, footer, sidebar, related or teasers, cookie, newsletter, ad, breadcrumb, tags …). An element that holds the page's main heading or its
 * {@code article} or {@code main} element is a page wrapper, never chrome; the search stops at the article.
 * Link density is jusText's: characters inside {@code a} elements over all characters of the block.
 */
final class HtmlBlocks {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "figcaption", "td", "th", "dt", "dd", "pre", "caption", "address", "summary", "legend");
    private static final Set<String> CONTAINERS = Set.of("html", "body", "div", "section", "article", "main",
            "header", "footer", "nav", "aside", "form", "ul", "ol", "dl", "menu", "table", "thead", "tbody", "tfoot",
            "tr", "figure", "fieldset", "details", "hgroup", "center", "dialog", "search", "hr", "picture");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "meta", "link", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "source", "track",
            "img", "map", "area", "input", "select", "option", "datalist", "textarea", "frame", "frameset", "base");
    private static final Set<String> CONTENT_BOUNDARIES = Set.of("article", "main");
    private static final Set<String> LANDMARK_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar");
    /** Two-word class or id names of teaser blocks ("lire-aussi", "most-read", "more-stories"). */
    private static final List<String> CHROME_PHRASES = List.of("lire aussi", "lisez aussi", "a lire", "voir aussi",
            "read more", "read also", "also read", "most read", "more stories", "more news", "plus lus", "see also",
            "you may like");
    private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");
    /** Class or id words that name page chrome, by kind. Words are whole tokens of a class or id. */
    private static final Map<String, String> CHROME_WORDS = Map.ofEntries(
            Map.entry("nav", "nav"), Map.entry("navbar", "nav"), Map.entry("navigation", "nav"),
            Map.entry("menu", "menu"), Map.entry("menus", "menu"), Map.entry("submenu", "menu"),
            Map.entry("menubar", "menu"), Map.entry("megamenu", "menu"),
            Map.entry("social", "social"), Map.entry("comment", "comment"), Map.entry("comments", "comment"),
            Map.entry("commentaires", "comment"), Map.entry("disqus", "comment"), Map.entry("respond", "comment"),
            Map.entry("footer", "footer"), Map.entry("sidebar", "sidebar"), Map.entry("related", "related"),
            Map.entry("recommended", "related"), Map.entry("cookie", "cookie"), Map.entry("cookies", "cookie"),
            Map.entry("consent", "cookie"), Map.entry("gdpr", "cookie"), Map.entry("rgpd", "cookie"),
            Map.entry("newsletter", "newsletter"), Map.entry("subscribe", "newsletter"),
            Map.entry("subscription", "newsletter"), Map.entry("abonnement", "newsletter"),
            Map.entry("advert", "ad"), Map.entry("advertisement", "ad"), Map.entry("ad", "ad"), Map.entry("ads", "ad"),
            Map.entry("adsbygoogle", "ad"), Map.entry("pub", "ad"), Map.entry("publicite", "ad"),
            Map.entry("sponsor", "ad"), Map.entry("sponsored", "ad"), Map.entry("taboola", "ad"),
            Map.entry("outbrain", "ad"), Map.entry("breadcrumb", "breadcrumb"), Map.entry("breadcrumbs", "breadcrumb"),
            Map.entry("ariane", "breadcrumb"), Map.entry("widget", "widget"), Map.entry("widgets", "widget"),
            Map.entry("popup", "popup"), Map.entry("modal", "popup"), Map.entry("masthead", "header"),
            Map.entry("topbar", "header"), Map.entry("share", "share"), Map.entry("sharing", "share"),
            Map.entry("partage", "share"), Map.entry("addthis", "share"), Map.entry("sharethis", "share"),
            Map.entry("teaser", "related"), Map.entry("teasers", "related"), Map.entry("popular", "related"),
            Map.entry("trending", "related"), Map.entry("recommendations", "related"), Map.entry("tags", "tags"),
            Map.entry("keywords", "tags"), Map.entry("toolbar", "toolbar"), Map.entry("pagination", "pagination"),
            Map.entry("pager", "pagination"), Map.entry("paywall", "newsletter"), Map.entry("promo", "ad"),
            Map.entry("banner", "banner"), Map.entry("skiplink", "skip"), Map.entry("skiplinks", "skip"));
    /** Prefixes for glued words such as "sharebar", "socialicons", "commentlist". */
    private static final List<String> CHROME_PREFIXES = List.of("share", "social", "comment", "cookie", "newsletter",
            "breadcrumb", "sidebar", "advert", "sponsor", "related", "footer", "navbar", "menu");
    private static final Set<String> NOT_CHROME = Set.of("commentary", "commentaire", "menuiserie", "footerless",
            "advertorial", "shareholders", "shareholder");
    private static final Set<String> PAGE_WORDS = Set.of("site", "page", "global", "top", "main");

    private final boolean findChrome;
    private final StoredTextBuilder out;
    private final Map<Element, Boolean> wrappers = new IdentityHashMap<>();
    private Set<Element> holders;

    /** findChrome false for documents without page chrome (DOCX and ODT converted to XHTML). */
    HtmlBlocks(boolean findChrome, StoredTextBuilder out) {
        this.findChrome = findChrome;
        this.out = out;
    }

    void read(Element root) {
        container(root, root.normalName());
    }

    /** Walks a container: loose text and inline elements form runs named after the container; blocks stand alone. */
    private void container(Element element, String runName) {
        Run run = new Run(runName, element);
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                run.text(text.getWholeText(), false);
            } else if (child instanceof Element e) {
                String name = e.normalName();
                if (isDropped(e)) {
                    continue;
                }
                if (name.equals("br")) {
                    if (run.lineBreak()) {
                        run.flush();
                        run = new Run(runName, element);
                    }
                } else if (BLOCKS.contains(name)) {
                    run.flush();
                    run = new Run(runName, element);
                    block(e);
                } else if (CONTAINERS.contains(name) || holdsBlocks(e)) {
                    run.flush();
                    run = new Run(runName, element);
                    container(e, CONTAINERS.contains(name) ? name : runName);
                } else {
                    run.inline(e, false);
                }
            }
        }
        run.flush();
    }

    private void block(Element element) {
        if (holdsBlocks(element)) {
            container(element, element.normalName());
            return;
        }
        Run run = new Run(element.normalName(), element);
        run.preformatted = element.normalName().equals("pre");
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                run.text(text.getWholeText(), false);
            } else if (child instanceof Element e && !isDropped(e)) {
                if (e.normalName().equals("br")) {
                    run.lineBreak();
                } else {
                    run.inline(e, false);
                }
            }
        }
        run.flush();
    }

    /** Whether a block or container sits anywhere inside; computed once for the whole tree. */
    private boolean holdsBlocks(Element element) {
        if (holders == null) {
            holders = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            Element root = element.root();
            for (Element e : root.getAllElements()) {
                if ((BLOCKS.contains(e.normalName()) || CONTAINERS.contains(e.normalName())) && !isDropped(e)) {
                    for (Element up = e.parent(); up != null && holders.add(up); up = up.parent()) {
                        // each ancestor once
                    }
                }
            }
        }
        return holders.contains(element);
    }

    static boolean isDropped(Element element) {
        if (DROPPED.contains(element.normalName())) {
            return true;
        }
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))
                || "hidden".equalsIgnoreCase(element.attr("type"))) {
            return true;
        }
        return HIDDEN_STYLE.matcher(element.attr("style")).find();
    }

    /** The chrome the element sits in, or null; see the class comment for the rule. */
    String chromeOf(Element element) {
        if (!findChrome) {
            return null;
        }
        for (Element at = element; at != null; at = at.parent()) {
            String chrome = chromeOfSelf(at);
            if (chrome != null && !isWrapper(at)) {
                return chrome;
            }
            if (CONTENT_BOUNDARIES.contains(at.normalName()) || "main".equals(at.attr("role"))
                    || "articleBody".equals(at.attr("itemprop"))) {
                return null;
            }
        }
        return null;
    }

    private static String chromeOfSelf(Element element) {
        String name = element.normalName();
        if (name.equals("nav") || name.equals("aside") || name.equals("form")) {
            return name;
        }
        if ((name.equals("header") || name.equals("footer"))
                && element.closest("article, main, section") == null) {
            return name;
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT).strip();
        if (LANDMARK_ROLES.contains(role)) {
            return "role:" + role;
        }
        return chromeWord(element.className() + " " + element.id());
    }

    /** The kind of chrome a class or id names ("class:share"), or null. */
    static String chromeWord(String classAndId) {
        String[] tokens = TOKEN_SPLIT.split(classAndId.strip());
        boolean pageWord = false;
        boolean header = false;
        for (String raw : tokens) {
            String token = raw.toLowerCase(Locale.ROOT);
            pageWord |= PAGE_WORDS.contains(token);
            header |= token.equals("header");
        }
        String words = " " + String.join(" ", tokens).toLowerCase(Locale.ROOT) + " ";
        for (String phrase : CHROME_PHRASES) {
            if (words.contains(" " + phrase + " ")) {
                return "class:related";
            }
        }
        for (String raw : tokens) {
            String token = raw.toLowerCase(Locale.ROOT);
            if (token.isEmpty() || NOT_CHROME.contains(token)) {
                continue;
            }
            String kind = CHROME_WORDS.get(token);
            if (kind == null) {
                for (String prefix : CHROME_PREFIXES) {
                    if (token.length() > prefix.length() + 1 && token.startsWith(prefix)) {
                        kind = CHROME_WORDS.getOrDefault(prefix, prefix);
                        break;
                    }
                }
            }
            if (kind != null) {
                return "class:" + kind;
            }
        }
        return header && pageWord ? "class:header" : null;
    }

    /** A page wrapper holds the main heading, the article or the main element: its class words name the page. */
    private boolean isWrapper(Element element) {
        return wrappers.computeIfAbsent(element,
                e -> e.selectFirst("h1, article, main, [role=main], [itemprop=articleBody]") != null
                        && !e.normalName().equals("nav"));
    }

    /** The text of one block being gathered, with its link characters. */
    private final class Run {
        private final String name;
        private final Element element;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int links;
        private boolean preformatted;
        private boolean lastWasBreak;

        Run(String name, Element element) {
            this.name = name;
            this.element = element;
        }

        void text(String raw, boolean inLink) {
            String piece = preformatted ? raw : HTML_SPACE.matcher(raw).replaceAll(" ");
            if (!preformatted && piece.startsWith(" ") && (text.isEmpty() || endsWithSpace())) {
                piece = piece.substring(1);
            }
            if (piece.isEmpty()) {
                return;
            }
            if (!piece.isBlank()) {
                lastWasBreak = false;
            }
            text.append(piece);
            if (inLink) {
                linkChars += nonSpace(piece);
            }
        }

        private boolean endsWithSpace() {
            char last = text.charAt(text.length() - 1);
            return last == ' ' || last == '\n';
        }

        /** A line break; returns true when it is the second in a row (a paragraph break). */
        boolean lineBreak() {
            while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
            boolean second = lastWasBreak;
            text.append('\n');
            lastWasBreak = true;
            return second;
        }

        void inline(Element e, boolean inLink) {
            if (isDropped(e)) {
                return;
            }
            boolean link = inLink || e.normalName().equals("a");
            if (e.normalName().equals("a")) {
                links++;
            }
            // Buttons side by side show apart ("Accept all" "Manage preferences"), whitespace between them or not.
            boolean button = e.normalName().equals("button");
            if (button) {
                text(" ", link);
            }
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    text(t.getWholeText(), link);
                } else if (child instanceof Element c) {
                    if (c.normalName().equals("br")) {
                        lineBreak();
                    } else {
                        inline(c, link);
                    }
                }
            }
            if (button) {
                text(" ", link);
            }
        }

        void flush() {
            String clean = StoredTextBuilder.clean(text.toString());
            if (clean.isEmpty()) {
                return;
            }
            double density = Math.min(1.0, linkChars / (double) Math.max(1, nonSpace(clean)));
            BlockContext context = new BlockContext(name, chromeOf(element), density, links);
            PassageForm form = formOf(name);
            if (form == PassageForm.PARAGRAPH && element.parent() != null && element.parent().closest("li") != null
                    && !name.equals("li")) {
                form = PassageForm.ITEM; // a paragraph inside a list item, as word processors write them
            }
            out.add(form, clean, context);
        }
    }

    private static int nonSpace(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static PassageForm formOf(String name) {
        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            return PassageForm.HEADING;
        }
        return name.equals("li") ? PassageForm.ITEM : PassageForm.PARAGRAPH;
    }
}
