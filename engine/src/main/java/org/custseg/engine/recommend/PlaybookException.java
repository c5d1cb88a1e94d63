package org.custseg.engine.recommend;

import org.custseg.engine.SegmentationException;

/**
 * A playbook problem the user can fix: a malformed rule, a missing column, or (in strict mode) a condition on an
 * attribute that is not in the profile. The message names the rule id and, for condition errors, the 1-based
 * character position in the condition.
 */
public final class PlaybookException extends SegmentationException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final int position;

    /**
     * @param message the user-facing message (already naming rule and position)
     * @param ruleId the rule concerned, {@code null} if none
     * @param position the 1-based character position in the rule's condition, 0 if not applicable
     */
    public PlaybookException(final String message, final String ruleId, final int position) {
        super(message);
        this.ruleId = ruleId;
        this.position = position;
    }

    /** @return the id of the rule concerned, {@code null} if the problem is not about one rule */
    public String ruleId() {
        return ruleId;
    }

    /** @return the 1-based character position in the condition, 0 if not applicable */
    public int position() {
        return position;
    }
}
