package org.sourcewiki.page;

import java.util.List;

/** The kinds of page, each with its structured fields (form field names, as in DESIGN.md). */
public enum PageKind {
    ACTOR(List.of("subtype", "aliases", "affiliation", "role")),
    AGREEMENT(List.of("agreement_type", "parties", "signed_on", "place", "in_force_on", "status")),
    /** A topic about an event may state when it took place. */
    TOPIC(List.of("held_on"));

    public static final List<String> ACTOR_SUBTYPES = List.of("person", "state", "organisation", "other");
    /** Fields holding one value per line. */
    public static final List<String> LIST_FIELDS = List.of("aliases", "parties");
    /** Fields holding a page title, shown as a wiki link. */
    public static final List<String> TITLE_FIELDS = List.of("affiliation", "parties");
    /** Fields holding a date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
    public static final List<String> DATE_FIELDS = List.of("signed_on", "in_force_on", "held_on");
    /**
     * Fields whose values are claims ({@link org.sourcewiki.claim.ClaimLine}): one or more per field, one per line,
     * each with its citations, time qualifier and rank. Every field but the subtype, which is a choice from a list.
     */
    public static final List<String> CLAIM_FIELDS = List.of("aliases", "affiliation", "role", "agreement_type", "parties",
            "signed_on", "place", "in_force_on", "status", "held_on");

    /**
     * Fields that hold one value by nature (an agreement is signed once, has one status), so that two values of them
     * from different sources disagree and are shown side by side. A person may hold several roles and affiliations
     * at once: values of those are listed, each with its sources.
     */
    public static final List<String> ONE_VALUED = List.of("agreement_type", "signed_on", "place", "in_force_on", "status",
            "held_on");

    /**
     * The query string a red link from this field adds to its edit URL, so that the new page starts as the kind the
     * field names: an affiliation or a party to an agreement is an actor (a state or an organisation, which the
     * field does not say, so no subtype). Empty for other fields and for body text, whose links say nothing of
     * what they name. The edit form reads these as the {@code kind} and {@code subtype} parameters.
     */
    public static String createHint(String field) {
        return TITLE_FIELDS.contains(field) ? "?kind=actor" : "";
    }

    private final List<String> fields;

    PageKind(List<String> fields) {
        this.fields = fields;
    }

    public List<String> fields() {
        return fields;
    }

    public String code() {
        return name().toLowerCase();
    }

    public static PageKind fromCode(String code) {
        for (PageKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        return null;
    }
}
