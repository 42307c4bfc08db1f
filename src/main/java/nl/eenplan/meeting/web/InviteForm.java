package nl.eenplan.meeting.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** M-1: whom to invite: the household and all or some of the team. */
record InviteForm(Integer version, List<UUID> participantIds) {

    InviteForm {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    }

    Set<UUID> chosen() {
        return Set.copyOf(participantIds);
    }
}
