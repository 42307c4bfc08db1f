package nl.eenplan.plan.provision;

import java.time.LocalDate;
import nl.eenplan.household.Member;

/**
 * PL-10: which law applies to a household member for custom provisions. A youth under 18 falls under
 * the Jeugdwet unless the plan says otherwise; an adult under the Wmo; an unborn child under none.
 */
public enum MemberLaw {
    JEUGDWET,
    WMO,
    BOTH,
    NONE;

    /** Whether a provision under {@code law} may be asked for a member to whom this applies. */
    public boolean allows(Law law) {
        return this == BOTH || name().equals(law.name());
    }

    /** Whether the Wmo, and so its term for a personal plan, applies. */
    public boolean wmo() {
        return this == WMO || this == BOTH;
    }

    /** The law that applies to a member when the plan records none, on {@code today}. */
    public static MemberLaw byDefault(Member member, LocalDate today) {
        if (member.unborn()) {
            return NONE;
        }
        return member.adultOn(today) ? WMO : JEUGDWET;
    }
}
