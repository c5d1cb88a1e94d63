package org.custseg.knime.recommender;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.custseg.engine.recommend.Playbook;
import org.custseg.engine.recommend.Rule;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The Segment Recommender's description documents the default playbook (every rule's id, condition and action) and
 * the condition grammar's keywords. Registration, ports, options and icon of every node are checked by
 * {@code PluginRegistrationTest}.
 */
class RecommenderDescriptionTest {

    private static final String NS = "http://knime.org/node/v4.1";

    @Test
    void descriptionDocumentsTheDefaultPlaybookAndTheGrammar() throws Exception {
        final Element root;
        try (InputStream in =
            SegmentRecommenderNodeFactory.class.getResourceAsStream("SegmentRecommenderNodeFactory.xml")) {
            assertNotNull(in, "SegmentRecommenderNodeFactory.xml is not next to the factory");
            final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = f.newDocumentBuilder().parse(in).getDocumentElement();
        }
        final String text = root.getTextContent().replaceAll("\\s+", " ");
        for (final Rule r : Playbook.defaultPlaybook().rules()) {
            assertTrue(text.contains(r.id()), "rule " + r.id() + " is not documented");
            assertTrue(text.contains(r.condition().replaceAll("\\s+", " ")), "condition of " + r.id());
            assertTrue(text.contains(r.action().replaceAll("\\s+", " ")), "action of " + r.id());
        }
        final String grammar = root.getElementsByTagNameNS(NS, "pre").item(0).getTextContent();
        for (final String keyword : List.of("\"or\"", "\"and\"", "\"not\"", "\"share\"", "\"size\"", "\"is\"",
            "\"at least\"", "\"at most\"", "\"ratio\"", "\"effect\"", "\"mean\"", "\"very low\"", "\"very high\"")) {
            assertTrue(grammar.contains(keyword), "grammar lacks " + keyword);
        }
    }
}
