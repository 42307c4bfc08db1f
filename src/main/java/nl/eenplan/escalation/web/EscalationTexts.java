package nl.eenplan.escalation.web;

/** The texts the escalation API reads: what a person can type, over several lines. */
final class EscalationTexts {

    /** No control characters but line breaks and tabs, no non-characters. */
    static final String TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]*";

    private EscalationTexts() {}
}
