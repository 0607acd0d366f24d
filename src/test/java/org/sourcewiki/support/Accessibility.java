package org.sourcewiki.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core on the page the browser shows, against WCAG 2.1 A and AA. */
public final class Accessibility {
    private Accessibility() {
    }

    /** The serious and critical violations, each as "rule: help [targets]"; empty for an accessible page. */
    public static List<String> seriousViolations(WebDriver browser) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        if (results.getPasses() == null || results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe-core did not run on " + browser.getCurrentUrl());
        }
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }
}
