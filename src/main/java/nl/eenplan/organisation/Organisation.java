package nl.eenplan.organisation;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("organisation")
public class Organisation {

    @Id
    private UUID id;

    @Version
    private Integer version;

    private String name;
    private OrganisationKind kind;
    private UUID municipalityId;
    private Instant createdAt;

    Organisation() {}

    static Organisation found(String name, OrganisationKind kind, UUID municipalityId, Instant now) {
        if (kind == OrganisationKind.ACCESS_TEAM && municipalityId == null) {
            throw new IllegalArgumentException("an access team belongs to a municipality");
        }
        var organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.name = name.strip();
        organisation.kind = kind;
        organisation.municipalityId = kind == OrganisationKind.MUNICIPALITY ? null : municipalityId;
        organisation.createdAt = now;
        return organisation;
    }

    /**
     * A new name and, for an access team or provider, the municipality it belongs to; the kind
     * stays and keeps its rule (an access team belongs to a municipality, a municipality to none).
     */
    void edit(String newName, UUID newMunicipalityId) {
        if (kind == OrganisationKind.ACCESS_TEAM && newMunicipalityId == null) {
            throw new IllegalArgumentException("an access team belongs to a municipality");
        }
        this.name = newName.strip();
        this.municipalityId = kind == OrganisationKind.MUNICIPALITY ? null : newMunicipalityId;
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public UUID municipalityId() {
        return municipalityId;
    }
}
