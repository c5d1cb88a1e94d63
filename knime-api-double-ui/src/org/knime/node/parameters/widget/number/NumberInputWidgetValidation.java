package org.knime.node.parameters.widget.number;

import org.knime.node.parameters.validation.BuiltinValidation;

/** Signature of KNIME's {@code NumberInputWidgetValidation} (5.8.0/5.11.0): the members the plugin uses. */
public interface NumberInputWidgetValidation extends BuiltinValidation {

    /** Signature of KNIME's {@code MinValidation}. */
    abstract class MinValidation implements NumberInputWidgetValidation {
        /** Creates the validation. */
        public MinValidation() {
            // stand-in
        }

        /** @return the smallest allowed value */
        protected abstract double getMin();

        @Override
        public String getErrorMessage() {
            throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
        }

        @Override
        public Object getParameters() {
            throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
        }

        /** Signature of KNIME's {@code IsNonNegativeValidation}. */
        public static final class IsNonNegativeValidation extends MinValidation {
            @Override
            public double getMin() {
                return 0;
            }
        }
    }

    /** Signature of KNIME's {@code MaxValidation}. */
    abstract class MaxValidation implements NumberInputWidgetValidation {
        /** Creates the validation. */
        public MaxValidation() {
            // stand-in
        }

        /** @return the largest allowed value */
        protected abstract double getMax();

        @Override
        public String getErrorMessage() {
            throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
        }

        @Override
        public Object getParameters() {
            throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
        }
    }
}
