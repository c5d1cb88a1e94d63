package org.knime.node.parameters.widget.choices.util;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;

/** Signature of KNIME's {@code CompatibleColumnsProvider} (5.8.0/5.11.0). */
public class CompatibleColumnsProvider implements FilteredInputTableColumnsProvider {

    /** @param valueClass the compatible value class */
    protected CompatibleColumnsProvider(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }

    @Override
    public boolean isIncluded(final DataColumnSpec col) {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }

    /** Signature of KNIME's {@code CompatibleColumnsProvider.DoubleColumnsProvider}. */
    public static class DoubleColumnsProvider extends CompatibleColumnsProvider {
        /** Creates the provider. */
        protected DoubleColumnsProvider() {
            super(DataValue.class);
        }
    }

    /** Signature of KNIME's {@code CompatibleColumnsProvider.StringColumnsProvider}. */
    public static class StringColumnsProvider extends CompatibleColumnsProvider {
        /** Creates the provider. */
        protected StringColumnsProvider() {
            super(DataValue.class);
        }
    }
}
