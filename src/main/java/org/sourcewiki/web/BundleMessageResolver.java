package org.sourcewiki.web;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Interface text from i18n/messages*.properties (UTF-8), English by default, French where the reader asks. */
final class BundleMessageResolver extends AbstractMessageResolver {
    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return Messages.get(context.getLocale(), key, messageParameters);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] messageParameters) {
        return "??" + key + "??";
    }
}
