package org.custseg.knime.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.custseg.knime.assigner.SegmentAssignerNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Segment Assigner's web dialog: a value switch whose choice reaches the classic settings model. */
@EnabledIf("knimereal.ui.KnimeRealUi#hasNodeParameters")
class AssignerWebDialogTest {

    @Test
    void valueSwitchReachesTheNodeModel() throws Exception {
        try (NodeWorkflow wf = new NodeWorkflow(new SegmentAssignerNodeFactory())) {
            final JsonNode result = WebDialogDataServiceTest.initialData(wf);
            assertEquals("FAIL", result.at("/data/model/unassigned").asText());
            assertTrue(result.get("ui_schema").toString().contains("\"format\":\"valueSwitch\""));
            assertEquals("Rows that cannot be assigned",
                result.at("/schema/properties/model/properties/unassigned/title").asText());
            final ObjectNode data = (ObjectNode)result.get("data").deepCopy();
            ((ObjectNode)data.get("model")).put("unassigned", "OUTPUT_WITH_REASON");
            final JsonNode applied = WebDialogDataServiceTest.apply(wf, data);
            assertTrue(applied.at("/isApplied").asBoolean(), applied.toString());
            assertEquals("OUTPUT_WITH_REASON", UiNodes.save(wf.model()).getString("unassigned_rows"));
        }
    }
}
