package nl.eenplan.retention;

/** why a household's file was destroyed. */
public enum DestructionBasis {
    /** The twenty years after care ended are over. */
    RETENTION_ENDED,
    /** A youth of 12 or older or a parent asked for earlier destruction, and it was granted. */
    REQUEST_GRANTED
}
