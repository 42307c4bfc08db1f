package nl.eenplan.deadline;

/** The sorts of deadline; each has a label {@code deadline.kind.<NAME>} in the message bundles. */
public enum DeadlineKind {
    /** G-2: an action's target date. */
    ACTION,
    /** G-2, G-3: a goal's evaluation moment. */
    EVALUATION,
    /** PL-10: an oral plan put in writing within 14 days of the request. */
    PLAN_IN_WRITING,
    /** PL-10: the plan established within 6 weeks. */
    PLAN_ESTABLISHED,
    /** PL-10 (Wmo 2015 art. 2.3.2): a personal plan may be handed in within 7 days of the request for support. */
    PERSONAL_PLAN,
    /** M-3: the round table held within 15 working days after the initiative. */
    ROUND_TABLE,
    /** M-4: an invitation to a round table still to be answered. */
    ROUND_TABLE_REPLY,
    /** C-3: the written form after oral consent. */
    WRITTEN_CONSENT,
    /** E-1..E-4: the term of an escalation step. */
    ESCALATION_STEP
}
