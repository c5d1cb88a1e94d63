package org.custseg.knime.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.Map;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.knime.core.node.NodeSettings;
import org.knime.core.webui.node.NodeWrapper;
import org.knime.core.webui.node.dialog.NodeDialogManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each node's web dialog in a real workflow (KNIME 5.6+), headless, through the data services the browser front end,
 * the Modern UI side panel and K-AI use: the initial data (data, JSON schema, UI schema) is generated without error,
 * every control has a title and a description, and applying the data unchanged is accepted and leaves the node
 * model's configuration as it was.
 */
@EnabledIf("knimereal.ui.KnimeRealUi#hasNodeParameters")
@SuppressWarnings("restriction")
class WebDialogDataServiceTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode initialData(final NodeWorkflow wf) throws Exception {
        final var services = NodeDialogManager.getInstance().getDataServiceManager();
        final JsonNode initial = MAPPER.readTree(services.callInitialDataService(NodeWrapper.of(wf.m_node)));
        assertTrue(initial.has("result") && !initial.has("error"), wf.m_node.getName()
            + ": " + initial.toString());
        return initial.get("result");
    }

    static JsonNode apply(final NodeWorkflow wf, final JsonNode data) throws Exception {
        final var services = NodeDialogManager.getInstance().getDataServiceManager();
        final ObjectNode apply = MAPPER.createObjectNode();
        apply.set("data", data);
        apply.set("flowVariableSettings", MAPPER.createObjectNode());
        return MAPPER
            .readTree(services.callApplyDataService(NodeWrapper.of(wf.m_node), MAPPER.writeValueAsString(apply)));
    }

    @Test
    void initialDataAndApplyForEveryNode() throws Exception {
        int nodes = 0;
        for (final AbstractDialogNodeFactory<?> f : UiNodes.factories()) {
            if (UiNodes.parametersClass(f) == null) {
                continue;
            }
            nodes++;
            final String node = UiNodes.name(f);
            try (NodeWorkflow wf = new NodeWorkflow(f)) {
                UiNodes.validateAndLoad(wf.model(), UiNodes.valid(UiNodes.save(wf.model())));
                final JsonNode result = initialData(wf);
                final JsonNode properties = result.at("/schema/properties/model/properties");
                assertTrue(properties.size() > 0, node + ": no settings in the schema " + result);
                for (final Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
                    final Map.Entry<String, JsonNode> p = it.next();
                    assertTrue(result.at("/data/model").has(p.getKey()), node + ": no data for " + p.getKey());
                }
                final String ui = result.get("ui_schema").toString();
                final JsonNode elements = result.at("/ui_schema/elements");
                assertTrue(elements.size() > 0, node + ": empty UI schema");
                assertFalse(ui.contains("\"description\":\"\""), node + ": a control without description: " + ui);

                final var before = UiNodes.flatten(UiNodes.save(wf.model()), true);
                final ObjectNode data = (ObjectNode)result.get("data").deepCopy();
                final NodeSettings current = UiNodes.save(wf.model());
                if (current.containsKey("output_file")) { // the one setting without a valid default
                    ((ObjectNode)data.get("model")).put("outputFile", current.getString("output_file"));
                }
                final JsonNode applied = apply(wf, data);
                assertTrue(applied.at("/isApplied").asBoolean(), node + ": " + applied);
                assertEquals(before, UiNodes.flatten(UiNodes.save(wf.model()), true), node);
            }
        }
        assertTrue(nodes > 0, "no node has a web dialog");
    }
}
