package nl.eenplan.consent;

/** C-3: how consent was given; oral consent is followed by the written form. */
public enum ConsentManner {
    WRITTEN,
    /** Only when urgent; the written form is due within a term. */
    ORAL
}
