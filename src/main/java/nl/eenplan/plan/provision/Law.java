package nl.eenplan.plan.provision;

/** PL-3: the law a custom provision is asked under: the Jeugdwet (youth) or the Wmo 2015 (adults). */
public enum Law {
    JEUGDWET,
    WMO
}
