package nl.eenplan.plan.web.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Ids in an export: every resource keeps EenPlan's own id (the one the JSON API shows) and is named in
 * the bundle as {@code urn:uuid:<id>}; a resource EenPlan has no id for gets one derived from its owner's.
 */
final class Ids {

    static final String URI = "urn:ietf:rfc:3986";

    private static final TimeZone DUTCH = TimeZone.getTimeZone("Europe/Amsterdam");

    private Ids() {}

    static String urn(UUID id) {
        return "urn:uuid:" + id;
    }

    /** A stable id for a part that has none of its own, such as the team of a plan. */
    static UUID derived(String what, UUID owner) {
        return UUID.nameUUIDFromBytes((what + ":" + owner).getBytes(StandardCharsets.UTF_8));
    }

    /** A moment in Dutch time, to the second. */
    static DateTimeType moment(Instant at) {
        return new DateTimeType(Date.from(at), TemporalPrecisionEnum.SECOND, DUTCH);
    }

    static <R extends Resource> R identified(R resource, UUID id) {
        resource.setId(id.toString());
        return resource;
    }

    static Reference to(Resource resource, String display) {
        return new Reference(urn(UUID.fromString(resource.getIdPart()))).setDisplay(display);
    }

    /**
     * A reference that names someone by id and name only, without a resource: for people the reader
     * sees on his part of the plan, but whose place in the team the plan read does not show him.
     */
    static Reference logical(UUID id, String display) {
        return new Reference()
                .setIdentifier(new Identifier().setSystem(URI).setValue(urn(id)))
                .setDisplay(display);
    }
}
