package org.sourcewiki.web;

import java.util.Map;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/** The wiki is served at the root, so @{/path} links need no servlet context to be resolved. */
final class RootLinkBuilder extends StandardLinkBuilder {
    @Override
    protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
        return "";
    }
}
