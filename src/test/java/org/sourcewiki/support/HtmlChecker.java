package org.sourcewiki.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (the W3C validator's engine), run in-process and offline on a page's HTML. */
public final class HtmlChecker {
    private HtmlChecker() {
    }

    /** The errors the checker reports, each as "line:column message"; empty for a valid page. */
    public static List<String> errors(String html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are advice, not invalidity
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        InputSource source = new InputSource(new StringReader(html));
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return errors;
    }
}
