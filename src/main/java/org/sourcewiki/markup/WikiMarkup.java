package org.sourcewiki.markup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.sourcewiki.citation.CitationRef;
import org.owasp.html.PolicyFactory;
import org.sourcewiki.page.Titles;

/**
 * Page bodies: CommonMark with tables and strikethrough, plus [[wiki links]]. Raw HTML is escaped, link URLs other
 * than http, https and mailto are dropped, and the result goes through the OWASP sanitiser as well, so that what a
 * page shows is never markup an editor typed.
 */
public final class WikiMarkup {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .linkProcessor(new WikiLinkParser())
            .linkProcessor(new CitationParser())
            .build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "del", "a", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "sup", "mark")
            .allowAttributes("href").onElements("a")
            .allowAttributes("class", "title").onElements("a", "sup", "code", "mark", "span")
            .allowElements("span")
            .allowAttributes("align").onElements("th", "td")
            .allowStandardUrlProtocols()
            .toFactory();

    private WikiMarkup() {
    }

    public static RenderedMarkup parse(String body) {
        Node document = PARSER.parse(body == null ? "" : body);
        Set<String> slugs = new LinkedHashSet<>();
        List<CitationUse> citations = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof WikiLink link) {
                    slugs.add(Titles.slug(link.title()));
                } else if (node instanceof CitationNode citation) {
                    if (citation.syntaxError() != null) {
                        citations.add(new CitationUse(citation.raw(), null, citation.syntaxError()));
                    }
                    for (CitationRef ref : citation.refs()) {
                        citations.add(new CitationUse(citation.raw(), ref, null));
                    }
                }
                visitChildren(node);
            }
        });
        Set<String> linked = Set.copyOf(slugs);
        List<CitationUse> uses = List.copyOf(citations);
        return new RenderedMarkup() {
            @Override
            public Set<String> linkedSlugs() {
                return linked;
            }

            @Override
            public List<CitationUse> citations() {
                return uses;
            }

            @Override
            public String html(Set<String> existingSlugs, Map<String, Integer> noteNumbers) {
                HtmlRenderer renderer = HtmlRenderer.builder()
                        .extensions(EXTENSIONS)
                        .escapeHtml(true)
                        .sanitizeUrls(true)
                        .nodeRendererFactory(context -> new WikiLinkRenderer(context, existingSlugs))
                        .nodeRendererFactory(context -> new CitationRenderer(context, noteNumbers))
                        .build();
                return POLICY.sanitize(renderer.render(document));
            }
        };
    }

    /** Note markers linking to the references list; an unresolved citation stays visible as written. */
    private static final class CitationRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final Map<String, Integer> noteNumbers;

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
            for (CitationRef ref : citation.refs()) {
                int number = noteNumbers.get(ref.key());
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("href", "#cite-note-" + number);
                attributes.put("class", "citation-marker");
                html.tag("a", attributes);
                html.text("[" + number + "]");
                html.tag("/a");
            }
            html.tag("/sup");
        }
    }

    /** Links to existing pages are plain; links to missing pages offer to create them. */
    private static final class WikiLinkRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final Set<String> existing;

        WikiLinkRenderer(HtmlNodeRendererContext context, Set<String> existing) {
            this.html = context.getWriter();
            this.existing = existing;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(WikiLink.class);
        }

        @Override
        public void render(Node node) {
            WikiLink link = (WikiLink) node;
            String slug = Titles.slug(link.title());
            boolean exists = existing.contains(slug);
            String href = exists ? Titles.path(link.title()) : Titles.path(link.title()) + "/edit";
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", href);
            attributes.put("title", exists ? link.title() : link.title() + " (page does not exist)");
            attributes.put("class", exists ? "wikilink" : "wikilink new");
            html.tag("a", attributes);
            html.text(link.label());
            html.tag("/a");
        }
    }
}
