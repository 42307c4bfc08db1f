package nl.eenplan.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * G-4: what a module that follows the plan (escalation) reads of it: the household's current plan
 * with its actions and evaluations. It checks no access and writes no log entry: the caller decides
 * who may see what it shows, and logs that.
 */
@Service
public class FollowUp {

    private final Plans plans;
    private final JdbcClient jdbc;

    FollowUp(Plans plans, JdbcClient jdbc) {
        this.plans = plans;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Plan> currentPlan(UUID householdId) {
        return plans.current(householdId);
    }

    /** The agreements (actions) these participants take or took part in, in any plan, closed ones too. */
    @Transactional(readOnly = true)
    public Set<UUID> actionsOf(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("""
                        select distinct action_id from action_participant
                        where participant_id::text = any(string_to_array(?, ','))
                        """).param(ids(participantIds)).query(UUID.class).set();
    }

    /** What each of these agreements (actions) says, in any plan, closed ones too. */
    @Transactional(readOnly = true)
    public Map<UUID, String> whatOf(Collection<UUID> actionIds) {
        var what = new HashMap<UUID, String>();
        if (!actionIds.isEmpty()) {
            jdbc.sql("select id, what from action where id::text = any(string_to_array(?, ','))")
                    .param(ids(actionIds))
                    .query((rs, n) -> what.put(rs.getObject("id", UUID.class), rs.getString("what")))
                    .list();
        }
        return what;
    }

    private static String ids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }
}
