package org.sourcewiki.claim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.sourcewiki.citation.StoredCitation;
import org.sourcewiki.page.Titles;

/**
 * Actors and agreements as nodes, linked by the values of their page-title fields: an agreement to each of its
 * parties, an actor to its affiliations. Each edge is one value, so it carries that value's address and citations.
 * A page named but not written yet is a node too (a "create" link). The layout is Eclipse ELK's layered algorithm
 * (Sugiyama-style: layers, crossing minimisation, orthogonal edge routes), not ours.
 */
public final class ClaimGraph {
    static final int NODE_HEIGHT = 30;
    static final int MAX_LABEL = 34;
    /** The page-title fields that make edges, and the page kinds that are nodes. */
    static final List<String> EDGE_FIELDS = List.of("parties", "affiliation");

    static {
        // Outside Eclipse, ELK's algorithms are registered by hand (ELK's documentation, "Plain Java Layout").
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private ClaimGraph() {
    }

    /** A node: a page (or a page not written yet), its place and size once laid out. */
    public record Node(String slug, String title, String kind, boolean exists, double x, double y, double width,
                       double height, String label) {
        public String href() {
            return exists ? "/wiki/" + Titles.encodeSegment(slug) : Titles.path(title) + "/edit";
        }

        public double textX() {
            return x + 8;
        }

        public double textY() {
            return y + height / 2 + 4;
        }
    }

    /** An edge: from a page to the page its value names, with the value's address, rank and citations; its route. */
    public record Edge(String from, String to, String field, String claimHref, String rank, List<StoredCitation> citations,
                       String path, String fromTitle, String toTitle, String fromHref, String toHref) {
        public boolean sourced() {
            return !citations.isEmpty();
        }
    }

    public record Graph(List<Node> nodes, List<Edge> edges, double width, double height) {
        public boolean empty() {
            return edges.isEmpty();
        }
    }

    /**
     * The graph of the given pages (actors and agreements), cut to the pages at most depth steps from around
     * (any direction) when around is not null, and laid out. existing maps each named slug that leads to a page
     * (directly or through a redirect) to that page's slug; the given pages exist.
     */
    public static Graph build(List<PageClaims> pages, String around, int depth, Map<String, String> existing) {
        Map<String, PageClaims> bySlug = new HashMap<>();
        pages.forEach(p -> bySlug.put(p.slug(), p));
        Map<String, String[]> nodes = new LinkedHashMap<>(); // slug -> title, kind
        List<Edge> edges = new ArrayList<>();
        for (PageClaims page : pages) {
            if (!"actor".equals(page.kind()) && !"agreement".equals(page.kind())) {
                continue;
            }
            nodes.putIfAbsent(page.slug(), new String[] {page.title(), page.kind()});
            for (String field : EDGE_FIELDS) {
                List<Claim> claims = page.claims(field);
                for (int i = 0; i < claims.size(); i++) {
                    Claim claim = claims.get(i);
                    String target = Titles.slug(claim.value());
                    if (target.equals(page.slug())) {
                        continue;
                    }
                    PageClaims targetPage = bySlug.get(target);
                    String leadsTo = targetPage != null ? target : existing.get(target);
                    nodes.putIfAbsent(target, new String[] {targetPage != null ? targetPage.title() : claim.value(),
                            targetPage != null ? targetPage.kind() : leadsTo != null ? "page" : "missing"});
                    edges.add(new Edge(page.slug(), target, field, page.claimHref(field, i + 1), claim.rank().code(),
                            page.citationsOf(claim), null, page.title(), nodes.get(target)[0], page.href(),
                            leadsTo != null ? "/wiki/" + Titles.encodeSegment(leadsTo) : Titles.path(claim.value()) + "/edit"));
                }
            }
        }
        if (around != null) {
            Set<String> kept = neighbourhood(around, depth, edges);
            nodes.keySet().retainAll(kept);
            edges.removeIf(e -> !kept.contains(e.from()) || !kept.contains(e.to()));
        }
        // Pages without any link are left out of the drawing: they would only be a row of boxes.
        Set<String> linked = new LinkedHashSet<>();
        edges.forEach(e -> {
            linked.add(e.from());
            linked.add(e.to());
        });
        nodes.keySet().retainAll(linked);
        Set<String> exists = new java.util.HashSet<>(bySlug.keySet());
        exists.addAll(existing.keySet());
        return layout(nodes, edges, exists);
    }

    /** The pages at most depth edges from start, edges taken in either direction (breadth first). */
    static Set<String> neighbourhood(String start, int depth, List<Edge> edges) {
        Map<String, List<String>> adjacent = new HashMap<>();
        for (Edge e : edges) {
            adjacent.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
            adjacent.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        }
        Set<String> seen = new LinkedHashSet<>(List.of(start));
        Deque<String> frontier = new ArrayDeque<>(List.of(start));
        for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
            Deque<String> next = new ArrayDeque<>();
            for (String slug : frontier) {
                for (String neighbour : adjacent.getOrDefault(slug, List.of())) {
                    if (seen.add(neighbour)) {
                        next.add(neighbour);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    private static Graph layout(Map<String, String[]> nodes, List<Edge> edges, Set<String> existing) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 18.0);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(12));
        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        nodes.forEach((slug, info) -> {
            String label = info[0].length() > MAX_LABEL ? info[0].substring(0, MAX_LABEL - 1) + "…" : info[0];
            labels.put(slug, label);
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(slug);
            // Label width estimated at 7.6 units a character of the 13-unit sans-serif the stylesheet sets.
            node.setDimensions(18 + 7.6 * label.length(), NODE_HEIGHT);
            elkNodes.put(slug, node);
        });
        List<ElkEdge> elkEdges = new ArrayList<>();
        for (Edge edge : edges) {
            elkEdges.add(ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.from()), elkNodes.get(edge.to())));
        }
        if (!elkNodes.isEmpty()) {
            new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        }
        List<Node> laid = new ArrayList<>();
        nodes.forEach((slug, info) -> {
            ElkNode n = elkNodes.get(slug);
            laid.add(new Node(slug, info[0], info[1], existing.contains(slug), n.getX(), n.getY(), n.getWidth(), n.getHeight(),
                    labels.get(slug)));
        });
        List<Edge> routed = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            routed.add(new Edge(e.from(), e.to(), e.field(), e.claimHref(), e.rank(), e.citations(), path(elkEdges.get(i)),
                    e.fromTitle(), e.toTitle(), e.fromHref(), e.toHref()));
        }
        return new Graph(laid, routed, Math.max(root.getWidth(), 100), Math.max(root.getHeight(), 40));
    }

    /** An SVG path of an edge's route (its first section: simple edges have one). */
    private static String path(ElkEdge edge) {
        if (edge.getSections().isEmpty()) {
            return "";
        }
        ElkEdgeSection section = edge.getSections().get(0);
        StringBuilder d = new StringBuilder("M").append(fmt(section.getStartX())).append(' ').append(fmt(section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
            d.append(" L").append(fmt(bend.getX())).append(' ').append(fmt(bend.getY()));
        }
        d.append(" L").append(fmt(section.getEndX())).append(' ').append(fmt(section.getEndY()));
        return d.toString();
    }

    private static String fmt(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }
}
