package nl.eenplan.meeting;

import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.ParticipantKind;

/**
 * Who may see and do what with one round table: the one place that decides it (X-1, X-5, M-2, M-4).
 *
 * <ul>
 *   <li>Household members and active professionals (the whole plan) see every round table, with its
 *       answers, minutes and decisions.
 *   <li>Network members see only the round tables they are invited to: date, place and agenda, and
 *       their own answer; never minutes or decisions.
 *   <li>Active professionals organise: plan, invite, cancel (M-2: every professional may).
 *   <li>The chair keeps the agenda; before a chair is chosen, the organisers do.
 *   <li>The minute taker records attendance, minutes and decisions; without one the chair, and
 *       without a chair the organisers.
 * </ul>
 */
public record RoundTableRoles(
        boolean seesMinutes, boolean mayOrganise, boolean mayEditAgenda, boolean mayRecord, boolean mayAnswer) {

    /** Whether this viewer may see the round table at all. */
    public static boolean sees(Viewer viewer, boolean invited) {
        return switch (viewer.scope()) {
            case FULL -> true;
            case APPROACH -> invited;
            case COPY, NO_CONSENT -> false;
        };
    }

    /** M-2: every active professional may take the initiative for a round table. */
    public static boolean mayTakeInitiative(Viewer viewer) {
        return viewer.scope() == Viewer.Scope.FULL && viewer.participant().kind() == ParticipantKind.PROFESSIONAL;
    }

    public static RoundTableRoles of(Viewer viewer, RoundTable roundTable, boolean invited) {
        var full = viewer.scope() == Viewer.Scope.FULL;
        var me = viewer.participant().id();
        var organiser = mayTakeInitiative(viewer);
        var notCancelled = !roundTable.cancelled();
        var agendaKeeper = roundTable.chairId() != null ? roundTable.isChair(me) : organiser;
        var recorder = roundTable.recorderId() != null ? me.equals(roundTable.recorderId()) : organiser;
        return new RoundTableRoles(
                full,
                organiser && roundTable.open(),
                full && notCancelled && agendaKeeper,
                full && notCancelled && recorder,
                invited && roundTable.open() && roundTable.scheduled());
    }
}
