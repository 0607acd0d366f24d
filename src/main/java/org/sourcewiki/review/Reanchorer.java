package org.sourcewiki.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewiki.account.Account;
import org.sourcewiki.account.AccountService;
import org.sourcewiki.citation.CitationRef;
import org.sourcewiki.citation.CitationRewrite;
import org.sourcewiki.citation.Reanchoring;
import org.sourcewiki.page.PageService;
import org.sourcewiki.page.SaveOutcome;
import org.sourcewiki.source.ImportOutcome;
import org.sourcewiki.source.SourceDao;
import org.sourcewiki.source.SourceImporter;
import org.sourcewiki.source.StoredPassage;

/**
 * When a new version of a source is imported, moves the citations of its older versions (in the current revision of
 * every page citing them) to it: each is re-anchored ({@link Reanchoring}); the exact anchors are applied at once as
 * a new revision of the page by the {@value #ACCOUNT} account, summary "Re-anchored … to version n of …", so old
 * revisions and their permalinks never change and the history says what happened; every other citation stays on
 * its version and waits in the review queue with what was found. Each page is one transaction: its new revision and
 * its review entries are written together.
 */
public final class Reanchorer implements SourceImporter.VersionListener {
    /** The system account that signs automatic re-anchorings. */
    public static final String ACCOUNT = "reanchor";
    private static final Logger log = LoggerFactory.getLogger(Reanchorer.class);

    private final Jdbi jdbi;
    private final PageService pages;

    public Reanchorer(Jdbi jdbi, PageService pages) {
        this.jdbi = jdbi;
        this.pages = pages;
    }

    @Override
    public ImportOutcome.Reanchored newVersion(long sourceId) {
        ReviewDao reviews = jdbi.onDemand(ReviewDao.class);
        ReviewDao.NewVersion target = reviews.newVersion(sourceId).orElseThrow();
        List<Reanchoring.Passage> passages = new ArrayList<>();
        for (StoredPassage passage : jdbi.onDemand(SourceDao.class).passages(sourceId)) {
            passages.add(new Reanchoring.Passage(passage.number(), passage.startOffset(), passage.endOffset(),
                    passage.text()));
        }
        Account system = new AccountService(jdbi).systemAccount(ACCOUNT);
        reviews.supersedePending(sourceId);
        Map<Long, List<ReviewDao.CitationToMove>> byPage = new LinkedHashMap<>();
        for (ReviewDao.CitationToMove citation : reviews.citationsOfOlderVersions(sourceId)) {
            byPage.computeIfAbsent(citation.pageId(), id -> new ArrayList<>()).add(citation);
        }
        Map<Long, String> oldTexts = new HashMap<>();
        int applied = 0;
        int toReview = 0;
        for (List<ReviewDao.CitationToMove> citations : byPage.values()) {
            List<Planned> plan = new ArrayList<>();
            for (ReviewDao.CitationToMove citation : citations) {
                String oldText = oldTexts.computeIfAbsent(citation.sourceId(), reviews::storedText);
                Reanchoring.Anchor anchor = Reanchoring.reanchor(new Reanchoring.Cited(citation.exact(), citation.prefix(),
                        citation.suffix(), citation.startOffset(), citation.endOffset(), citation.quote()),
                        oldText, target.storedText(), passages);
                plan.add(new Planned(citation, anchor, moveOf(citation, anchor, target)));
            }
            int moved = applyToPage(target, system, plan);
            applied += moved;
            toReview += plan.size() - moved;
        }
        log.info("Re-anchored to {}: {} citations moved, {} for review", target.slug(), applied, toReview);
        return new ImportOutcome.Reanchored(applied, toReview);
    }

    /** One citation, where it lands, and the citation to write instead when it may be moved at once. */
    private record Planned(ReviewDao.CitationToMove citation, Reanchoring.Anchor anchor, Optional<CitationRef> move) {
    }

    private static Optional<CitationRef> moveOf(ReviewDao.CitationToMove citation, Reanchoring.Anchor anchor,
                                                ReviewDao.NewVersion target) {
        if (!anchor.automatic()) {
            return Optional.empty();
        }
        return CitationRewrite.writable(new CitationRef(target.slug(), anchor.passage(), anchor.quote()));
    }

    /** Writes the page's new revision (when some citations move) and its review entries; returns how many moved. */
    private int applyToPage(ReviewDao.NewVersion target, Account system, List<Planned> plan) {
        Map<CitationRef, CitationRef> moves = new LinkedHashMap<>();
        for (Planned planned : plan) {
            planned.move().ifPresent(ref -> moves.put(oldRef(planned.citation()), ref));
        }
        try {
            return jdbi.inTransaction(handle -> write(handle, target, system, plan, moves));
        } catch (RuntimeException e) {
            // The page could not be revised: nothing moves, every citation waits for an editor instead.
            log.warn("Citations of page {} not moved to {}: {}", plan.get(0).citation().pageSlug(), target.slug(),
                    e.getMessage());
            return jdbi.inTransaction(handle -> write(handle, target, system, plan, Map.of()));
        }
    }

    private int write(Handle handle, ReviewDao.NewVersion target, Account system, List<Planned> plan,
                      Map<CitationRef, CitationRef> moves) {
        Long revision = null;
        if (!moves.isEmpty()) {
            String summary = "Re-anchored " + moves.size() + (moves.size() == 1 ? " citation" : " citations")
                    + " to version " + target.version() + " of " + target.slug();
            SaveOutcome outcome = pages.reviseBody(handle, system, plan.get(0).citation().pageSlug(),
                    body -> CitationRewrite.replace(body, moves), summary);
            if (outcome instanceof SaveOutcome.Saved saved) {
                revision = saved.revisionId();
            } else if (!(outcome instanceof SaveOutcome.Unchanged)) {
                throw new IllegalStateException("the page refused the re-anchored citations: " + outcome);
            }
        }
        ReviewDao reviews = handle.attach(ReviewDao.class);
        int moved = 0;
        for (Planned planned : plan) {
            ReviewDao.CitationToMove c = planned.citation();
            Reanchoring.Anchor anchor = planned.anchor();
            boolean applied = revision != null && moves.containsKey(oldRef(c));
            String reason = anchor.automatic() && !applied ? anchor.reason() + "; could not be written as it is"
                    : anchor.reason();
            reviews.insert(c.pageId(), c.revisionId(), c.ordinal(), c.sourceId(), target.id(), anchor.method().code(),
                    Math.max(0, Math.min(1, anchor.confidence())), reason, anchor.passage(),
                    anchor.passage() == null ? null : anchor.quote(), anchor.exact(), applied ? "applied" : "pending",
                    applied ? revision : null);
            if (applied) {
                moved++;
            }
        }
        return moved;
    }

    static CitationRef oldRef(ReviewDao.CitationToMove citation) {
        return new CitationRef(citation.sourceSlug(), citation.passageNumber(), citation.quote());
    }
}
