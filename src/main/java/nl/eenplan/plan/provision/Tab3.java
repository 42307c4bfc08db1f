package nl.eenplan.plan.provision;

import java.util.List;
import java.util.UUID;
import nl.eenplan.calendar.Term;
import nl.eenplan.household.Member;
import nl.eenplan.plan.Plan;

/**
 * Tab 3 of a plan as someone who may see it reads it (PL-3, PL-10): every member with the law that
 * applies and, under the Wmo, the term for a personal plan; the provisions asked for; the plan's goals
 * a provision can serve.
 */
public record Tab3(Plan plan, List<MemberLine> members, List<Provision> provisions, List<GoalChoice> goals) {

    public Tab3 {
        members = List.copyOf(members);
        provisions = List.copyOf(provisions);
        goals = List.copyOf(goals);
    }

    /** A member, the law that applies ({@code recorded}: chosen on the plan, not by age) and the Wmo term. */
    public record MemberLine(Member member, MemberLaw law, boolean recorded, MemberLawEntry entry, Term personalPlan) {

        public String name() {
            return member.name();
        }
    }

    /** A goal of the plan a provision can serve. */
    public record GoalChoice(UUID id, String title) {}

    /** The member with this id, if he is in the household. */
    public java.util.Optional<MemberLine> member(UUID memberId) {
        return members.stream().filter(m -> m.member().id().equals(memberId)).findFirst();
    }

    /** The title of a goal of this plan, or an empty text. */
    public String goalTitle(UUID goalId) {
        return goals.stream()
                .filter(g -> g.id().equals(goalId))
                .map(GoalChoice::title)
                .findFirst()
                .orElse("");
    }
}
