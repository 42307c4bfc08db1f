package nl.eenplan;

/**
 * The columns of the authorization matrix (X-1, X-5, C-1): everyone who may ask for a household's
 * data, in or out of its team, with or without consent, and someone who is not logged in. The tables
 * give one answer per actor in this order; {@link #ANONYMOUS}, last, always meets the login.
 */
enum Actor {
    /** Sanne, an adult member of the household, who logs in through her place in the team. */
    HOUSEHOLD,
    /** Grandma, a network member with an action of her own. */
    NETWORK,
    /** Hanna, the coordinator: an active professional with consent about every member. */
    PROFESSIONAL,
    /** Piet, an active professional of the team without any consent (C-1). */
    NO_CONSENT,
    /** The family doctor: a professional who only receives a copy, with consent. */
    COPY_ONLY,
    /** A colleague of Hanna's organisation who does not take part. */
    COLLEAGUE,
    /** The manager of Hanna's organisation, not in the team (E-2, E-3). */
    MANAGER,
    /** The municipal contact point, not in the team (E-4). */
    CONTACT_POINT,
    /** An administrator of EenPlan. */
    ADMINISTRATOR,
    /** Nobody logged in. */
    ANONYMOUS
}
