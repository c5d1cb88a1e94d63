package org.knime.node.parameters.validation;

/** Signature of KNIME's {@code BuiltinValidation}. */
public interface BuiltinValidation {
    /** @return the message shown when the value is invalid */
    String getErrorMessage();

    /** @return the parameters sent to the front end */
    Object getParameters();
}
