package nl.eenplan.participation;

import java.util.Optional;

/**
 * C-1: whether consent covers a professional who joins the team; if not, the {@link ConsentWarning} to
 * show whoever added him. Answered by the module that knows consent.
 */
public interface ConsentWarnings {

    /** The warning for this participant, if he is a professional whom consent does not cover. */
    Optional<ConsentWarning> warning(Participant participant);
}
