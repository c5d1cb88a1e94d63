package org.custseg.knime.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.custseg.knime.hierarchical.HierarchicalSegmenterNodeFactory;
import org.custseg.knime.kmeans.KMeansSegmenterNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.knime.core.node.NodeSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the web dialogs offer and refuse (KNIME 5.6+): titles are the option names of the node descriptions, every
 * choice a dialog offers is accepted by the node model, effects hide the k range without automatic k and the
 * hierarchical distance for the fast engine, and values out of range are refused with a message that names the
 * setting and the range.
 */
@EnabledIf("knimereal.ui.KnimeRealUi#hasNodeParameters")
class WebDialogBehaviourTest {

    @Test
    void titlesAreTheOptionNamesOfTheNodeDescription() throws Exception {
        for (final AbstractDialogNodeFactory<?> f : UiNodes.factories()) {
            final String xml;
            try (InputStream in = f.getClass().getResourceAsStream(f.getClass().getSimpleName() + ".xml")) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try (NodeWorkflow wf = new NodeWorkflow(f)) {
                final JsonNode props =
                    WebDialogDataServiceTest.initialData(wf).at("/schema/properties/model/properties");
                for (final Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
                    final Map.Entry<String, JsonNode> p = it.next();
                    final String title = p.getValue().path("title").asText();
                    assertTrue(xml.contains("<option name=\"" + title + "\""),
                        UiNodes.name(f) + ": control '" + p.getKey() + "' titled '" + title
                            + "' has no option of that name in the node description");
                    assertFalse(p.getValue().path("description").asText().isBlank(), p.getKey());
                }
            }
        }
    }

    /** Each constant of each choice field of the parameters, written as the web dialog writes it, loads. */
    @Test
    void everyOfferedChoiceIsAcceptedByTheNodeModel() throws Exception {
        int checked = 0;
        for (final AbstractDialogNodeFactory<?> f : UiNodes.factories()) {
            final Class<?> params = UiNodes.parametersClass(f);
            for (final Field field : params.getDeclaredFields()) {
                if (!field.getType().isEnum()) {
                    continue;
                }
                final String key = UiNodes.configKey(field);
                for (final Object constant : field.getType().getEnumConstants()) {
                    final NodeSettings s = UiNodes.valid(UiNodes.modelDefaults(f));
                    if (s.containsKey("hierarchical_engine")) {
                        s.addString("hierarchical_engine", "WEKA"); // the engine that supports every linkage
                    }
                    if (s.containsKey("k_automatic")) {
                        s.addBoolean("k_automatic", true); // so that the criterion is checked
                    }
                    s.addString(key, ((Enum<?>)constant).name());
                    try {
                        UiNodes.validateAndLoad(f.createNodeModel(), s);
                    } catch (Exception withDefaultEngine) {
                        // some choices belong to one k-means/EM engine only (Weka: canopy, Manhattan; ours: full
                        // covariance): the choice must then load with the other engine, and the model's message
                        // names the setting to change
                        if (!s.containsKey("engine")) {
                            throw withDefaultEngine;
                        }
                        assertTrue(withDefaultEngine.getMessage().contains("'"), withDefaultEngine.getMessage());
                        s.addString("engine", "FAST".equals(s.getString("engine")) ? "WEKA" : "FAST");
                        UiNodes.validateAndLoad(f.createNodeModel(), s);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "only " + checked + " choices checked");
    }

    @Test
    void kRangeOnlyWithAutomaticKAndWekaDistanceOnlyWithWeka() throws Exception {
        try (NodeWorkflow wf = new NodeWorkflow(new KMeansSegmenterNodeFactory())) {
            final String ui = WebDialogDataServiceTest.initialData(wf).get("ui_schema").toString();
            assertEquals(List.of("HIDE:k", "SHOW:criterion", "SHOW:kMax", "SHOW:kMin"), rules(ui), ui);
        }
        try (NodeWorkflow wf = new NodeWorkflow(new HierarchicalSegmenterNodeFactory())) {
            final String ui = WebDialogDataServiceTest.initialData(wf).get("ui_schema").toString();
            assertEquals(List.of("HIDE:k", "SHOW:criterion", "SHOW:distance", "SHOW:kMax", "SHOW:kMin"),
                rules(ui), ui);
        }
    }

    /** "EFFECT:field" for every control with a rule, sorted (the JSON data names fields without m_, not by key). */
    private static List<String> rules(final String uiSchema) throws Exception {
        final List<String> out = new ArrayList<>();
        collect(WebDialogDataServiceTest.MAPPER.readTree(uiSchema), out);
        out.sort(null);
        return out;
    }

    private static void collect(final JsonNode node, final List<String> out) {
        if (node.isObject() && node.has("rule") && node.has("scope")) {
            final String scope = node.get("scope").asText();
            out.add(node.at("/rule/effect").asText() + ":" + scope.substring(scope.lastIndexOf('/') + 1));
        }
        node.forEach(child -> collect(child, out));
    }

    @Test
    void outOfRangeValuesAreRefusedNamingTheSetting() throws Exception {
        try (NodeWorkflow wf = new NodeWorkflow(new KMeansSegmenterNodeFactory())) {
            final JsonNode result = WebDialogDataServiceTest.initialData(wf);
            final String ui = result.get("ui_schema").toString();
            // shown while typing
            assertTrue(ui.contains("'Number of segments (k)' must be between 2 and 100."), ui);
            assertTrue(ui.contains("'Restarts' must be between 1 and 1000."), ui);
            // and on apply, the node model's own check
            final ObjectNode data = (ObjectNode)result.get("data").deepCopy();
            ((ObjectNode)data.get("model")).put("k", 1);
            final JsonNode applied = WebDialogDataServiceTest.apply(wf, data);
            assertFalse(applied.at("/isApplied").asBoolean(), applied.toString());
            assertTrue(applied.toString().contains("'Number of segments (k)' is 1 but must be between 2 and 100"),
                applied.toString());
            assertEquals(3, UiNodes.save(wf.model()).getInt("k"), "the node keeps its settings");
        }
    }
}
