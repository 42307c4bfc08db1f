package nl.eenplan.feed.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import nl.eenplan.feed.FeedEntry;

/**
 * One entry of the feed as a CloudEvents 1.0 event in its JSON format. {@code sequence} is the entry's
 * place in the feed (a cursor: read on after it); {@code data} holds ids only, never a name or content.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        String sequence,
        Data data) {

    /** What changed, by id: the household, its municipality, the plan and its version, and the thing itself. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Data(
            UUID householdId,
            UUID municipalityId,
            UUID planId,
            Integer planVersion,
            String subjectType,
            UUID subjectId) {}

    static CloudEvent of(FeedEntry entry) {
        return new CloudEvent(
                "1.0",
                entry.id().toString(),
                "/api/v1/households/" + entry.householdId(),
                entry.type(),
                entry.occurredAt(),
                entry.subjectId() == null ? null : entry.subjectType() + "/" + entry.subjectId(),
                "application/json",
                entry.position().cursor(),
                new Data(
                        entry.householdId(),
                        entry.municipalityId(),
                        entry.planId(),
                        entry.planVersion(),
                        entry.subjectType(),
                        entry.subjectId()));
    }
}
