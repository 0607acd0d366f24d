package org.sourcewiki.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders Thymeleaf templates from the classpath (templates/NAME.html) with the base model every page needs:
 * the reader's locale, the current path (for the language switch) and the wiki's name.
 */
public final class ThymeleafRenderer implements FileRenderer {
    private final TemplateEngine engine;
    private final String wikiLanguage;
    private final StaticAssets assets;

    /**
     * wikiLanguage: the language of pages that do not state one (WIKI_LANGUAGE), given to templates as wikiLang;
     * assets: the fingerprinted addresses of static files, given to templates as assets.
     */
    public ThymeleafRenderer(String wikiLanguage, StaticAssets assets) {
        this.wikiLanguage = wikiLanguage;
        this.assets = assets;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver());
        engine.setLinkBuilder(new RootLinkBuilder());
    }

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        Locale locale = Locales.of(ctx);
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("lang", locale.getLanguage());
        variables.put("currentPath", currentPath(ctx));
        variables.put("account", Auth.account(ctx).orElse(null));
        variables.put("csrf", Auth.csrf(ctx));
        variables.putIfAbsent("fmt", new Formats(locale));
        variables.put("wikiLang", wikiLanguage);
        variables.put("assets", assets);
        String html = engine.process(template, new org.thymeleaf.context.Context(locale, variables));
        // French interface, French typography (on the page as sent: stored text never changes).
        return "fr".equals(locale.getLanguage()) ? FrenchTypography.apply(html) : html;
    }

    private static String currentPath(Context ctx) {
        String query = ctx.queryString();
        return query == null || query.isEmpty() ? ctx.path() : ctx.path() + "?" + query;
    }
}
