package nl.eenplan.participation;

/**
 * who pays for intensive coordination: the municipality (declarable, when the provider meets the
 * basic requirements, IMP-4), or the provider from its own regular budget.
 */
public enum IntensiveFunding {
    MUNICIPALITY,
    PROVIDER
}
