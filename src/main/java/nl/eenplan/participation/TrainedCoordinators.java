package nl.eenplan.participation;

import java.util.UUID;
import nl.eenplan.organisation.StaffTraining;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * once a household's coordination is intensive, only a coordinator with a recorded training in the
 * method and in chairing a meeting (IMP-5) may take it.
 */
@Component
class TrainedCoordinators {

    private final JdbcClient jdbc;
    private final Team team;
    private final StaffTraining training;

    TrainedCoordinators(JdbcClient jdbc, Team team, StaffTraining training) {
        this.jdbc = jdbc;
        this.team = team;
        this.training = training;
    }

    /** Whether the household's coordination is intensive now. */
    boolean intensive(UUID householdId) {
        return jdbc.sql("select coalesce(bool_or(intensive), false) from coordination_intensity where household_id = ?")
                .param(householdId)
                .query(Boolean.class)
                .single();
    }

    /** Whether this participant has the training R-9 asks (he needs an account for the record). */
    boolean trained(UUID householdId, UUID participantId) {
        return team.of(householdId).stream()
                .filter(p -> p.id().equals(participantId))
                .findFirst()
                .map(p -> training.trainedToCoordinate(p.accountId()))
                .orElse(false);
    }

    /** Refuses this participant as coordinator of an intensive coordination when he is not trained. */
    void check(UUID householdId, UUID participantId) {
        if (participantId != null && intensive(householdId) && !trained(householdId, participantId)) {
            throw new CoordinatorRefused("coordination.refused.untrainedForIntensive");
        }
    }
}
