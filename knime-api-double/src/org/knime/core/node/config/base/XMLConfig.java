package org.knime.core.node.config.base;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.XMLConfig}
 * (knime-shared): reads and writes KNIME's settings XML (namespace
 * {@code http://www.knime.org/2008/09/XMLConfig}; {@code <config key>} elements and
 * {@code <entry key type value [isnull="true"]/>} leaves; in values, characters that
 * XML cannot hold are written as {@code %%ddddd}, their decimal code; keys are written
 * as they are). Own SAX-based reader and
 * streaming writer; simplified: no DTD resolution for pre-2008 files, no JSON.
 */
public final class XMLConfig {

    /** Namespace of KNIME's settings XML. */
    private static final String NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";

    private static final String SCHEMA_LOCATION = NAMESPACE + " http://www.knime.org/XMLConfig_2008_09.xsd";

    private static final String INDENT = "    ";

    private XMLConfig() {
    }

    /**
     * Adds the content of an XML stream to the given config; the root element's key
     * becomes the config's key.
     *
     * @param c target config
     * @param in stream to read (not closed here)
     * @throws SAXException if the document is not well-formed or not a settings document
     * @throws IOException if reading fails
     * @throws ParserConfigurationException if no SAX parser is available
     */
    public static void load(final ConfigBase c, final InputStream in)
        throws SAXException, IOException, ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        Handler handler = new Handler(c);
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        // never fetch DTDs or schemas from the network
        reader.setEntityResolver((publicId, systemId) -> new InputSource(new java.io.StringReader("")));
        reader.parse(new InputSource(new InputStreamReader(in, StandardCharsets.UTF_8)));
        if (!handler.m_sawRoot) {
            throw new SAXException("Document has no <config> root element");
        }
    }

    /**
     * Writes the config as XML (UTF-8, four-space indentation) and closes the stream.
     *
     * @param config config to write
     * @param output target stream, closed afterwards
     * @throws IOException if writing fails
     */
    public static void save(final ConfigBase config, final OutputStream output) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8))) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            writeConfig(w, config, 0);
        }
    }

    private static void writeConfig(final Writer w, final ConfigBase c, final int depth) throws IOException {
        w.write(INDENT.repeat(depth));
        w.write("<config");
        if (depth == 0) {
            attribute(w, "xmlns", NAMESPACE);
            attribute(w, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
            attribute(w, "xsi:schemaLocation", SCHEMA_LOCATION);
        }
        attribute(w, "key", c.getKey());
        boolean empty = true;
        for (String key : c.keySet()) {
            AbstractConfigEntry e = c.getEntry(key);
            if (e.getType() == ConfigEntries.xtransientstring) {
                continue; // transient strings are never written
            }
            if (empty) {
                w.write(">\n");
                empty = false;
            }
            if (e instanceof ConfigBase) {
                writeConfig(w, (ConfigBase)e, depth + 1);
            } else {
                w.write(INDENT.repeat(depth + 1));
                w.write("<entry");
                attribute(w, "key", key);
                attribute(w, "type", e.getType().name());
                String value = e.toStringValue();
                if (value == null) {
                    attribute(w, "isnull", "true");
                    value = "";
                }
                attribute(w, "value", escapeValue(value));
                w.write("/>\n");
            }
        }
        if (empty) {
            w.write("/>\n");
        } else {
            w.write(INDENT.repeat(depth));
            w.write("</config>\n");
        }
    }

    private static void attribute(final Writer w, final String name, final String value) throws IOException {
        w.write(' ');
        w.write(name);
        w.write("=\"");
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '&':
                    w.write("&amp;");
                    break;
                case '<':
                    w.write("&lt;");
                    break;
                case '>':
                    w.write("&gt;");
                    break;
                case '"':
                    w.write("&quot;");
                    break;
                default:
                    w.write(ch);
            }
        }
        w.write('"');
    }

    /**
     * KNIME's value escaping: control characters (below 32), characters above U+D7FF
     * and a '%' that starts "%%" are written as "%%" plus five decimal digits.
     */
    static String escapeValue(final String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean percentPair = ch == '%' && i + 1 < s.length() && s.charAt(i + 1) == '%';
            if (ch < 32 || ch > 0xd7ff || percentPair) {
                b.append("%%").append(String.format("%05d", (int)ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** Inverse of {@link #escapeValue(String)}; text without escapes is returned unchanged. */
    static String unescapeValue(final String s) {
        if (s == null || s.indexOf("%%") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 6 < s.length() && s.charAt(i) == '%' && s.charAt(i + 1) == '%' && digits(s, i + 2)) {
                b.append((char)Integer.parseInt(s.substring(i + 2, i + 7)));
                i += 7;
            } else {
                b.append(s.charAt(i));
                i++;
            }
        }
        return b.toString();
    }

    private static boolean digits(final String s, final int from) {
        for (int k = from; k < from + 5; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** SAX handler building the tree. */
    private static final class Handler extends DefaultHandler {

        private final Deque<ConfigBase> m_stack = new ArrayDeque<>();

        private boolean m_sawRoot;

        Handler(final ConfigBase root) {
            m_stack.push(root);
        }

        @Override
        public void startElement(final String uri, final String localName, final String qName,
            final Attributes atts) throws SAXException {
            String name = qName.indexOf(':') >= 0 ? qName.substring(qName.indexOf(':') + 1) : qName;
            String key = atts.getValue("key"); // keys are not %%-escaped, as in KNIME
            if ("config".equals(name)) {
                if (key == null) {
                    throw new SAXException("<config> element without 'key' attribute");
                }
                if (!m_sawRoot) {
                    m_sawRoot = true;
                    m_stack.peek().setKey(key);
                } else {
                    m_stack.push(m_stack.peek().addConfigBase(key));
                }
            } else if ("entry".equals(name)) {
                if (!m_sawRoot) {
                    throw new SAXException("<entry> outside of a <config> element");
                }
                String type = atts.getValue("type");
                if (key == null || type == null) {
                    throw new SAXException("<entry> needs 'key' and 'type' attributes");
                }
                ConfigEntries entryType;
                try {
                    entryType = ConfigEntries.valueOf(type);
                } catch (IllegalArgumentException e) {
                    throw new SAXException("Invalid type ('" + type + "') for key '" + key + "' in XML file.");
                }
                if (entryType == ConfigEntries.config) {
                    throw new SAXException("Entry '" + key + "' cannot have type 'config'");
                }
                String value = "true".equals(atts.getValue("isnull")) ? null : unescapeValue(atts.getValue("value"));
                try {
                    m_stack.peek().addEntry(ConfigValueEntry.parse(entryType, key, value));
                } catch (IllegalArgumentException e) {
                    throw new SAXException("Invalid value for entry '" + key + "': " + e.getMessage(), e);
                }
            } else {
                throw new SAXException("\"" + qName + "\" is not a valid tag name.");
            }
        }

        @Override
        public void endElement(final String uri, final String localName, final String qName) {
            String name = qName.indexOf(':') >= 0 ? qName.substring(qName.indexOf(':') + 1) : qName;
            if ("config".equals(name) && m_stack.size() > 1) {
                m_stack.pop();
            }
        }

        @Override
        public void warning(final SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(final SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(final SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
