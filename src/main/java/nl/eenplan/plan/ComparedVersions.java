package nl.eenplan.plan;

import java.util.List;
import java.util.Objects;

/** PL-9: every established version of a plan, and the two a person compares, as he may see them. */
public record ComparedVersions(List<PlanSnapshot> all, PlanSnapshot left, PlanSnapshot right) {

    public ComparedVersions {
        all = List.copyOf(all);
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
