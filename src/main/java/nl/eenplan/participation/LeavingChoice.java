package nl.eenplan.participation;

import java.util.List;

/**
 * what the leaving form needs: who leaves, the versions it is made on, whether he coordinates (then
 * he hands over to one of {@code successors} first) and since when he takes part.
 */
public record LeavingChoice(
        Participant participant,
        int version,
        int coordinationVersion,
        boolean coordinator,
        boolean processCoordinator,
        List<Participant> successors) {}
