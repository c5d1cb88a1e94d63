package org.custseg.knime.workflows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link WorkflowSettingsGenerator} inside the build's test class path when the system property
 * {@code custseg.regenerateWorkflows} is {@code true}; skipped otherwise. This is how to regenerate
 * {@code test-workflows/} (the command is in test-workflows/README.md).
 */
class RegenerateWorkflows {

    @Test
    @EnabledIfSystemProperty(named = "custseg.regenerateWorkflows", matches = "true")
    void regenerate() throws Exception {
        WorkflowSettingsGenerator.main(new String[0]);
    }
}
