package nl.eenplan.consent;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.SharingReasons;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The aims of sharing without consent the household may read in its access log (C-5, X-1). */
@Component
class ConsentSharingReasons implements SharingReasons {

    private final SharingOverrides overrides;

    ConsentSharingReasons(SharingOverrides overrides) {
        this.overrides = overrides;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> aims(UUID householdId, Set<UUID> overrideIds) {
        if (overrideIds.isEmpty()) {
            return Map.of();
        }
        return overrides.ofHousehold(householdId).stream()
                .filter(o -> overrideIds.contains(o.id()))
                .filter(ConsentPersonalData::disclosable)
                .collect(Collectors.toMap(SharingOverride::id, o -> o.answers().goal()));
    }
}
