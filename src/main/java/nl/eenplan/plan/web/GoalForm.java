package nl.eenplan.plan.web;

/** A new goal (G-1): a short, positive sentence. */
record GoalForm(Integer version, String title) {

    static GoalForm empty() {
        return new GoalForm(null, "");
    }
}
