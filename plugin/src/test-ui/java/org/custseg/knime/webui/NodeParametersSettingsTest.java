package org.custseg.knime.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;

/**
 * For every node with a web dialog (KNIME 5.6+): the node-parameters class writes exactly the settings keys, value
 * types and default values the classic node model writes (its settings models' {@code <key>_Internals} entries
 * aside), and settings travel both ways unchanged: node model (or Swing dialog, which writes what the model reads,
 * see {@code NodeDialogTest}) to web dialog to node model, and web dialog to node model to web dialog. Generic over
 * the nodes of plugin.xml, so a setting added to a node model but not to its parameters fails here by name.
 */
@EnabledIf("knimereal.ui.KnimeRealUi#hasNodeParameters")
class NodeParametersSettingsTest {

    private static List<AbstractDialogNodeFactory<?>> withParameters() throws Exception {
        final List<AbstractDialogNodeFactory<?>> result = new ArrayList<>();
        for (final AbstractDialogNodeFactory<?> f : UiNodes.factories()) {
            if (UiNodes.parametersClass(f) != null) {
                result.add(f);
            }
        }
        assertTrue(!result.isEmpty(), "no node has node parameters");
        return result;
    }

    private static String diff(final List<String> model, final List<String> web) {
        final TreeSet<String> onlyModel = new TreeSet<>(model);
        onlyModel.removeAll(web);
        final TreeSet<String> onlyWeb = new TreeSet<>(web);
        onlyWeb.removeAll(model);
        return "only in the node model's settings: " + onlyModel + "; only in the node parameters': " + onlyWeb;
    }

    @Test
    void sameKeysTypesAndDefaultsAsTheNodeModel() throws Exception {
        for (final AbstractDialogNodeFactory<?> f : withParameters()) {
            final List<String> model = UiNodes.flatten(UiNodes.modelDefaults(f), true, true);
            final List<String> web =
                UiNodes.flatten(ParametersFixtures.defaults(UiNodes.parametersClass(f)), true, true);
            assertEquals(model, web, UiNodes.name(f) + ": " + diff(model, web));
        }
    }

    @Test
    void nodeModelSettingsSurviveTheWebDialog() throws Exception {
        for (final AbstractDialogNodeFactory<?> f : withParameters()) {
            final NodeSettings original = UiNodes.valid(UiNodes.modelDefaults(f));
            final NodeSettings viaWeb = ParametersFixtures.loadAndSave(UiNodes.parametersClass(f), original);
            final NodeModel model = f.createNodeModel();
            UiNodes.validateAndLoad(model, viaWeb);
            assertEquals(UiNodes.flatten(original, true), UiNodes.flatten(UiNodes.save(model), true),
                UiNodes.name(f));
        }
    }

    @Test
    void webDialogSettingsSurviveTheNodeModel() throws Exception {
        for (final AbstractDialogNodeFactory<?> f : withParameters()) {
            final Class<?> params = UiNodes.parametersClass(f);
            final NodeSettings web = UiNodes.valid(ParametersFixtures.defaults(params));
            final NodeModel model = f.createNodeModel();
            UiNodes.validateAndLoad(model, web);
            final NodeSettings back = ParametersFixtures.loadAndSave(params, UiNodes.save(model));
            assertEquals(UiNodes.flatten(web, true), UiNodes.flatten(back, true), UiNodes.name(f));
        }
    }
}
