package org.sourcewiki.markup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.sourcewiki.citation.CitationProblem;
import org.sourcewiki.citation.CitationRef;
import org.sourcewiki.citation.CitationSyntax;
import org.sourcewiki.page.Titles;

/**
 * Page bodies: CommonMark with tables and strikethrough, plus [[wiki links]] (with sections) and [@citations]. Raw
 * HTML is escaped, link URLs other than http, https and mailto are dropped, and the result goes through the OWASP
 * sanitiser as well, so that what a page shows is never markup an editor typed.
 *
 * <p>Citations are read before Markdown (see {@link Placeholders}): every "[@" written outside code is either a
 * citation or a named error, wherever it stands. A citation inside a link's label is shown right after the link (a
 * link cannot hold another); one inside a link's address or title cannot be shown, and is an error. Headings get
 * ids from their text, as MediaWiki gives them (see {@link Anchors}).
 */
public final class WikiMarkup {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create());
    /** Finds code, so that citations are not looked for there. */
    private static final Parser CODE_FINDER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .linkProcessor(new WikiLinkParser())
            .build();
    /** The same, with source spans: only for the rare body where a citation start may have left or entered code. */
    private static final Parser PARSER_WITH_SPANS = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .linkProcessor(new WikiLinkParser())
            .build();
    /** Something that may start code: a backtick, a tilde fence, or a line indented by four spaces or a tab. */
    private static final Pattern MAY_HOLD_CODE = Pattern.compile("[`~]|(?m)^(?: {4}|\\t)");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "del", "a", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "sup", "mark")
            .allowAttributes("href").onElements("a")
            .allowAttributes("id").matching(Pattern.compile("cite-ref-[0-9]+-[0-9]+")).onElements("a")
            .allowAttributes("class", "title").onElements("a", "sup", "code", "mark", "span")
            .allowAttributes("id").onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowElements("span")
            .allowAttributes("align").onElements("th", "td")
            .allowStandardUrlProtocols()
            .toFactory();
    static final String IN_CODE = "it stands in code, where text is shown as written; take it out of the code";
    static final String IN_LINK = "a citation cannot stand in a link's address or title";

    private WikiMarkup() {
    }

    public static RenderedMarkup parse(String body) {
        String text = body == null ? "" : body;
        // Code is looked for (a second parse, with source spans) only when there are citations and code may exist.
        boolean[] code = text.contains("[") && MAY_HOLD_CODE.matcher(text).find()
                ? codeChars(CODE_FINDER.parse(text), text.length()) : null;
        Placeholders placeholders = Placeholders.of(text, code);
        String prepared = placeholders.prepared();
        Node document = PARSER.parse(prepared);
        Materialiser materialiser = new Materialiser(placeholders);
        materialiser.run(document);
        List<CitationUse> uses = new ArrayList<>();
        Set<String> slugs = new LinkedHashSet<>();
        List<CitationProblem> linkProblems = new ArrayList<>();
        List<WikiLink> samePage = new ArrayList<>();
        Map<Node, String> headingIds = new IdentityHashMap<>();
        List<String> ids = new ArrayList<>();
        Anchors.Allocator allocator = new Anchors.Allocator();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String id = allocator.next(PlainText.of(heading));
                headingIds.put(heading, id);
                ids.add(id);
                visitChildren(heading);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof WikiLink link) {
                    if (link.samePage()) {
                        samePage.add(link);
                    } else {
                        slugs.add(Titles.slug(link.title()));
                    }
                } else if (node instanceof BrokenWikiLink broken) {
                    linkProblems.add(new CitationProblem(broken.raw(), broken.messageKey()));
                } else if (node instanceof CitationNode citation) {
                    if (citation.syntaxError() != null) {
                        uses.add(new CitationUse(citation.raw(), null, citation.syntaxError()));
                    }
                    for (CitationRef ref : citation.refs()) {
                        uses.add(new CitationUse(citation.raw(), ref, null));
                    }
                }
                visitChildren(node);
            }
        });
        for (WikiLink link : samePage) {
            if (!ids.contains(link.anchor())) {
                linkProblems.add(new CitationProblem("[[#" + link.label().replaceFirst("^#", "") + "]]", "link.noSection"));
            }
        }
        // Citations that could not be shown where they stand, and "[@" that Markdown kept as text after all.
        materialiser.unshown().forEach(index -> uses.add(new CitationUse(placeholders.raw(index), null,
                materialiser.reason(index))));
        for (int p : residualCitationStarts(prepared)) {
            CitationSyntax.Found found = CitationSyntax.read(prepared, p);
            uses.add(new CitationUse(placeholders.restore(prepared.substring(p, found.end()), i -> { }), null,
                    "it cannot be read where it stands (check the code marks `…` around it)"));
        }
        Set<String> linked = Set.copyOf(slugs);
        List<CitationUse> citations = List.copyOf(uses);
        List<CitationProblem> problems = List.copyOf(linkProblems);
        List<String> headings = List.copyOf(ids);
        String plain = PlainText.of(document);
        List<String> uncited = UncitedClaims.of(document);
        return new RenderedMarkup() {
            @Override
            public List<String> uncitedClaims() {
                return uncited;
            }

            @Override
            public Set<String> linkedSlugs() {
                return linked;
            }

            @Override
            public List<CitationUse> citations() {
                return citations;
            }

            @Override
            public List<CitationProblem> linkProblems() {
                return problems;
            }

            @Override
            public List<String> headingIds() {
                return headings;
            }

            @Override
            public String plainText() {
                return plain;
            }

            @Override
            public String html(Map<String, String> targets, Map<String, Integer> noteNumbers) {
                HtmlRenderer renderer = HtmlRenderer.builder()
                        .extensions(EXTENSIONS)
                        .escapeHtml(true)
                        .sanitizeUrls(true)
                        .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                            String id = headingIds.get(node);
                            if (id != null) {
                                attributes.put("id", id);
                            }
                        })
                        .nodeRendererFactory(context -> new WikiLinkRenderer(context, targets))
                        .nodeRendererFactory(context -> new CitationRenderer(context, noteNumbers))
                        .build();
                return joinMarkers(POLICY.sanitize(renderer.render(document)));
            }
        };
    }

    /** White space before a note marker, which would let the marker wrap onto a line of its own. */
    private static final Pattern SPACE_BEFORE_MARKER =
            Pattern.compile("[ \\t\\n]+(<sup class=\"citation\">)");

    /**
     * Glues each note marker to the word before it, as Wikipedia does: no space before it, and a word joiner (U+2060,
     * which forbids a line break on either side, UAX #14 class WJ) at its start, so that "word[1][2]" never breaks.
     */
    static String joinMarkers(String html) {
        return SPACE_BEFORE_MARKER.matcher(html).replaceAll("$1");
    }

    private static final Pattern MARKER_ID = Pattern.compile("id=\"cite-ref-([0-9]+)-([0-9]+)\"");

    /** How many markers each note number has in rendered HTML (note number to count), for the entries' back-links. */
    public static Map<Integer, Integer> markerCounts(String html) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher matcher = MARKER_ID.matcher(html);
        while (matcher.find()) {
            counts.merge(Integer.parseInt(matcher.group(1)), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Every citation bracket of a body outside code, in order, with its span in the body: where a citation can be
     * rewritten (moved to a newer version of its source) without touching anything else.
     */
    public static List<CitationSyntax.Found> citationBrackets(String body) {
        String text = body == null ? "" : body;
        boolean[] code = text.contains("[") && MAY_HOLD_CODE.matcher(text).find()
                ? codeChars(CODE_FINDER.parse(text), text.length()) : null;
        return CitationSyntax.findAll(text, code);
    }

    /** Which chars of the text are code (code spans, fenced and indented code blocks), from source spans. */
    private static boolean[] codeChars(Node document, int length) {
        boolean[] code = new boolean[length];
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Code node) {
                mark(node);
            }

            @Override
            public void visit(FencedCodeBlock node) {
                mark(node);
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                mark(node);
            }

            private void mark(Node node) {
                for (SourceSpan span : node.getSourceSpans()) {
                    int end = Math.min(length, span.getInputIndex() + span.getLength());
                    for (int i = Math.max(0, span.getInputIndex()); i < end; i++) {
                        code[i] = true;
                    }
                }
            }
        });
        return code;
    }

    /**
     * Citation starts left in the prepared text (they stood in code the first time) that are no longer in code once
     * the citations around them are read: they would show as plain text, so they are reported.
     */
    private static List<Integer> residualCitationStarts(String prepared) {
        List<Integer> starts = new ArrayList<>();
        for (int i = prepared.indexOf('['); i >= 0; i = prepared.indexOf('[', i + 1)) {
            if (CitationSyntax.startsAt(prepared, i)) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return starts;
        }
        boolean[] code = codeChars(PARSER_WITH_SPANS.parse(prepared), prepared.length());
        starts.removeIf(i -> code[i]);
        return starts;
    }

    /**
     * Puts the citations back into the parsed document: each placeholder in text becomes a citation node (after the
     * link when it stood in a link's label); in code and link addresses the citation is written back as typed.
     */
    private static final class Materialiser {
        private final Placeholders placeholders;
        private final Set<Integer> shown = new TreeSet<>();
        private final Map<Integer, String> reasons = new LinkedHashMap<>();
        private final Map<Node, Node> lastAfterLink = new IdentityHashMap<>();

        Materialiser(Placeholders placeholders) {
            this.placeholders = placeholders;
        }

        void run(Node document) {
            if (placeholders.count() == 0) {
                return;
            }
            List<Node> nodes = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    nodes.add(text);
                }

                @Override
                public void visit(Code code) {
                    code.setLiteral(placeholders.restore(code.getLiteral(), i -> reasons.putIfAbsent(i, IN_CODE)));
                }

                @Override
                public void visit(FencedCodeBlock code) {
                    code.setLiteral(placeholders.restore(code.getLiteral(), i -> reasons.putIfAbsent(i, IN_CODE)));
                    code.setInfo(placeholders.restore(code.getInfo(), i -> reasons.putIfAbsent(i, IN_CODE)));
                }

                @Override
                public void visit(IndentedCodeBlock code) {
                    code.setLiteral(placeholders.restore(code.getLiteral(), i -> reasons.putIfAbsent(i, IN_CODE)));
                }

                @Override
                public void visit(HtmlInline html) {
                    nodes.add(html);
                }

                @Override
                public void visit(HtmlBlock html) {
                    nodes.add(html);
                }

                @Override
                public void visit(Link link) {
                    link.setDestination(placeholders.restore(link.getDestination(), i -> reasons.putIfAbsent(i, IN_LINK)));
                    link.setTitle(placeholders.restore(link.getTitle(), i -> reasons.putIfAbsent(i, IN_LINK)));
                    visitChildren(link);
                }

                @Override
                public void visit(Image image) {
                    image.setDestination(placeholders.restore(image.getDestination(), i -> reasons.putIfAbsent(i, IN_LINK)));
                    image.setTitle(placeholders.restore(image.getTitle(), i -> reasons.putIfAbsent(i, IN_LINK)));
                    visitChildren(image);
                }

                @Override
                public void visit(LinkReferenceDefinition definition) {
                    definition.setLabel(placeholders.restore(definition.getLabel(), i -> reasons.putIfAbsent(i, IN_LINK)));
                    definition.setDestination(placeholders.restore(definition.getDestination(), i -> reasons.putIfAbsent(i, IN_LINK)));
                    definition.setTitle(placeholders.restore(definition.getTitle(), i -> reasons.putIfAbsent(i, IN_LINK)));
                }

                @Override
                public void visit(CustomNode node) {
                    if (node instanceof WikiLink link) {
                        nodes.add(link);
                    }
                    visitChildren(node);
                }
            });
            for (Node node : nodes) {
                if (node instanceof HtmlBlock html) {
                    // Raw HTML is shown as text anyway: as text, the citations in it are read like any others.
                    Paragraph paragraph = new Paragraph();
                    Text text = new Text(html.getLiteral().stripTrailing());
                    paragraph.appendChild(text);
                    html.insertAfter(paragraph);
                    html.unlink();
                    expand(text);
                } else if (node instanceof HtmlInline html) {
                    Text text = new Text(html.getLiteral());
                    html.insertAfter(text);
                    html.unlink();
                    expand(text);
                } else if (node instanceof Text text) {
                    expand(text);
                } else if (node instanceof WikiLink link && Placeholders.contains(link.label())) {
                    StringBuilder label = new StringBuilder();
                    for (Object part : placeholders.split(link.label())) {
                        if (part instanceof Integer index) {
                            placeAfter(link, citationNode(index));
                        } else {
                            label.append(part);
                        }
                    }
                    String cleaned = label.toString().replaceAll("\\s+", " ").strip();
                    link.setLabel(cleaned.isEmpty() ? link.title() : cleaned);
                }
            }
        }

        private void expand(Text text) {
            String literal = text.getLiteral();
            if (!Placeholders.contains(literal)) {
                return;
            }
            Node link = outermostLink(text);
            Node at = text;
            List<Object> parts = placeholders.split(literal);
            for (int k = 0; k < parts.size(); k++) {
                Object part = parts.get(k);
                if (part instanceof Integer index) {
                    CitationNode citation = citationNode(index);
                    if (link != null) {
                        placeAfter(link, citation);
                    } else {
                        at.insertAfter(citation);
                        at = citation;
                    }
                } else {
                    String piece = (String) part;
                    if (link != null && k > 0 && piece.startsWith(" ") && at instanceof Text previous
                            && previous.getLiteral().endsWith(" ")) {
                        piece = piece.substring(1);
                    }
                    if (piece.isEmpty()) {
                        continue;
                    }
                    Text node = new Text(piece);
                    at.insertAfter(node);
                    at = node;
                }
            }
            text.unlink();
        }

        private void placeAfter(Node link, Node citation) {
            Node last = lastAfterLink.getOrDefault(link, link);
            last.insertAfter(citation);
            lastAfterLink.put(link, citation);
        }

        private CitationNode citationNode(int index) {
            shown.add(index);
            CitationSyntax.Found found = placeholders.citation(index);
            return new CitationNode(placeholders.raw(index), found.refs(), found.error());
        }

        private static Node outermostLink(Node node) {
            Node link = null;
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof Link || parent instanceof Image) {
                    link = parent;
                }
            }
            return link;
        }

        /** Citations that are nowhere shown as citations, in order. */
        List<Integer> unshown() {
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < placeholders.count(); i++) {
                if (!shown.contains(i)) {
                    missing.add(i);
                }
            }
            return missing;
        }

        String reason(int index) {
            return reasons.getOrDefault(index, IN_LINK);
        }
    }

    /**
     * Note markers linking to the references list; an unresolved citation stays visible as written. Each marker has
     * the id cite-ref-{note}-{k} (k counts the markers of one note from 1, in reading order), so the note's entry can
     * link back to every place that cites it; the sup starts with a word joiner so the marker never starts a line.
     */
    private static final class CitationRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final Map<String, Integer> noteNumbers;
        private final Map<Integer, Integer> markersSoFar = new HashMap<>();

        CitationRenderer(HtmlNodeRendererContext context, Map<String, Integer> noteNumbers) {
            this.html = context.getWriter();
            this.noteNumbers = noteNumbers;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(CitationNode.class);
        }

        @Override
        public void render(Node node) {
            CitationNode citation = (CitationNode) node;
            boolean allResolved = citation.syntaxError() == null
                    && citation.refs().stream().allMatch(ref -> noteNumbers.containsKey(ref.key()));
            if (!allResolved) {
                html.tag("span", Map.of("class", "citation-unresolved"));
                html.text(citation.raw());
                html.tag("/span");
                return;
            }
            html.tag("sup", Map.of("class", "citation"));
            html.raw("\u2060");
            for (CitationRef ref : citation.refs()) {
                int number = noteNumbers.get(ref.key());
                int occurrence = markersSoFar.merge(number, 1, Integer::sum);
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("href", "#cite-note-" + number);
                attributes.put("id", "cite-ref-" + number + "-" + occurrence);
                attributes.put("class", "citation-marker");
                html.tag("a", attributes);
                html.text("[" + number + "]");
                html.tag("/a");
            }
            html.tag("/sup");
        }
    }

    /**
     * Links to existing pages are plain (through a redirect, they point at the page it leads to); links to missing
     * pages offer to create them; section links point at the heading's id. Broken links show as written.
     */
    private static final class WikiLinkRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final Map<String, String> targets;

        WikiLinkRenderer(HtmlNodeRendererContext context, Map<String, String> targets) {
            this.html = context.getWriter();
            this.targets = targets;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(WikiLink.class, BrokenWikiLink.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof BrokenWikiLink broken) {
                html.text(broken.raw());
                return;
            }
            WikiLink link = (WikiLink) node;
            String fragment = link.anchor() == null ? "" : "#" + Titles.encodeSegment(link.anchor());
            Map<String, String> attributes = new LinkedHashMap<>();
            if (link.samePage()) {
                attributes.put("href", fragment);
                attributes.put("class", "wikilink section");
            } else {
                String target = targets.get(Titles.slug(link.title()));
                boolean exists = target != null;
                attributes.put("href", exists ? "/wiki/" + Titles.encodeSegment(target) + fragment
                        : Titles.path(link.title()) + "/edit");
                attributes.put("title", exists ? Titles.fromSlug(target) : link.title() + " (page does not exist)");
                attributes.put("class", exists ? "wikilink" : "wikilink new");
            }
            html.tag("a", attributes);
            html.text(link.label());
            html.tag("/a");
        }
    }
}
