package nl.eenplan.plan.web;

import nl.eenplan.plan.CloseReason;

/** why the plan ends, and that the person is sure. */
record CloseForm(Integer version, CloseReason reason, Boolean confirmed) {

    static CloseForm empty() {
        return new CloseForm(null, null, false);
    }

    boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }
}
