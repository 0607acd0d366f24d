package org.sourcewiki.source;

import java.util.List;

/** The outcomes of one import run, in the order the files were given. */
public record ImportSummary(List<ImportOutcome> outcomes) {
    public long imported() {
        return outcomes.stream().filter(o -> o instanceof ImportOutcome.Imported).count();
    }

    public long alreadyPresent() {
        return outcomes.stream().filter(o -> o instanceof ImportOutcome.AlreadyPresent).count();
    }

    public long rejected() {
        return outcomes.stream().filter(o -> o instanceof ImportOutcome.Rejected).count();
    }

    public long skipped() {
        return outcomes.stream().filter(o -> o instanceof ImportOutcome.Skipped).count();
    }

    public String totals() {
        return imported() + " imported, " + alreadyPresent() + " already present, " + rejected() + " rejected"
                + (skipped() > 0 ? ", " + skipped() + " skipped" : "");
    }
}
