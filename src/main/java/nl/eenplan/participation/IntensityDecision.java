package nl.eenplan.participation;

import java.time.LocalDate;

/**
 * what the access team decides about intensive coordination. When intensive, the effort (1 to 40
 * hours per week, from one date until another) and its funding are required; otherwise they are cleared.
 */
public record IntensityDecision(
        boolean intensive,
        Integer hoursPerWeek,
        LocalDate startsOn,
        LocalDate endsOn,
        IntensiveFunding funding,
        String fundingNote) {

    /** The decision as it is kept: the effort only when intensive; or {@link CoordinatorRefused} with why not. */
    IntensityDecision checked() {
        if (!intensive) {
            return new IntensityDecision(false, null, null, null, null, null);
        }
        if (hoursPerWeek == null || hoursPerWeek < 1 || hoursPerWeek > 40) {
            throw new CoordinatorRefused("intensive.hours.invalid");
        }
        if (startsOn == null || endsOn == null) {
            throw new CoordinatorRefused("intensive.period.required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new CoordinatorRefused("intensive.period.order");
        }
        if (funding == null) {
            throw new CoordinatorRefused("intensive.funding.required");
        }
        var note = fundingNote == null || fundingNote.isBlank() ? null : fundingNote.strip();
        if (note != null && note.length() > 500) {
            throw new CoordinatorRefused("intensive.fundingNote.tooLong");
        }
        return new IntensityDecision(true, hoursPerWeek, startsOn, endsOn, funding, note);
    }
}
