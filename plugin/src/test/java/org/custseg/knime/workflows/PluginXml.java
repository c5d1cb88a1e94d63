package org.custseg.knime.workflows;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The node factories registered in {@code plugin/plugin.xml}. */
public final class PluginXml {

    private PluginXml() {
    }

    /**
     * @return factory classes registered at {@code org.knime.workbench.repository.nodes}
     * @throws Exception if plugin.xml cannot be read
     */
    public static Set<String> registeredFactories() throws Exception {
        final Set<String> out = new LinkedHashSet<>();
        try (InputStream in = Files.newInputStream(Repository.pluginXml())) {
            final NodeList exts = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                .getElementsByTagName("extension");
            for (int i = 0; i < exts.getLength(); i++) {
                final Element ext = (Element)exts.item(i);
                if (!"org.knime.workbench.repository.nodes".equals(ext.getAttribute("point"))) {
                    continue;
                }
                final NodeList nodes = ext.getElementsByTagName("node");
                for (int j = 0; j < nodes.getLength(); j++) {
                    out.add(((Element)nodes.item(j)).getAttribute("factory-class"));
                }
            }
        }
        return out;
    }
}
