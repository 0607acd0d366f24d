package org.sourcewiki.cite;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The official CSL styles (org.citationstyles:styles, read from the classpath, offline), with one change: the
 * retrieval date is printed whenever the item has one. APA 7, MLA 9 and Chicago author-date print "Retrieved"/
 * "Accessed" only for items without a publication date; a wiki revision has both, and a reader of a report must
 * see when the page was consulted (as MediaWiki's "Cite this page" shows it). The change is made on the style's
 * XML: each {@code <if variable="issued…" match="none">} that guards the rendering of "accessed" becomes
 * {@code <if variable="accessed">}. Items without an access date (sources) render exactly as the official style.
 */
final class CslStyles {
    private static final String CSL_NS = "http://purl.org/net/xbiblio/csl";

    private CslStyles() {
    }

    /** The XML of the named style (e.g. "apa"), with the retrieval date always shown. */
    static String withRetrievalDate(String styleName) {
        try (InputStream in = CslStyles.class.getResourceAsStream("/" + styleName + ".csl")) {
            if (in == null) {
                throw new IllegalStateException("CSL style " + styleName + " is not on the classpath (org.citationstyles:styles)");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document style = builder.parse(in);
            showRetrievalDate(style);
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter xml = new StringWriter();
            transformer.transform(new DOMSource(style), new StreamResult(xml));
            return xml.toString();
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException
                 | javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("cannot read CSL style " + styleName, e);
        }
    }

    /** Returns how many conditions were changed (at least one in each of the three styles). */
    static int showRetrievalDate(Document style) {
        int changed = 0;
        for (String name : new String[] {"if", "else-if"}) {
            NodeList conditions = style.getElementsByTagNameNS(CSL_NS, name);
            for (int i = 0; i < conditions.getLength(); i++) {
                Element condition = (Element) conditions.item(i);
                String variables = condition.getAttribute("variable");
                if ("none".equals(condition.getAttribute("match")) && variables.contains("issued")
                        && rendersAccessed(condition)) {
                    condition.setAttribute("variable", "accessed");
                    condition.removeAttribute("match");
                    changed++;
                }
            }
        }
        return changed;
    }

    private static boolean rendersAccessed(Element condition) {
        NodeList dates = condition.getElementsByTagNameNS(CSL_NS, "date");
        for (int i = 0; i < dates.getLength(); i++) {
            if ("accessed".equals(((Element) dates.item(i)).getAttribute("variable"))) {
                return true;
            }
        }
        return false;
    }
}
