package nl.eenplan.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Whose access log entries and personal data a household member may see (X-6, C-1): his own, and
 * those of a child under 16 over whom he has parental authority. From 16 a youth exercises these
 * rights alone, as he consents alone (C-1). An account that is no member of the household represents
 * no one there, whatever its role elsewhere.
 */
public final class SubjectAccessRule {

    /** The age from which a youth exercises his privacy rights himself (AVG with UAVG article 5, C-1). */
    public static final int OWN_RIGHTS_FROM = 16;

    private SubjectAccessRule() {}

    /** The members this account speaks for, the account's own member first; empty if it is none of them. */
    public static List<DataSubject> representedBy(UUID accountId, List<DataSubject> members, LocalDate today) {
        var self = members.stream().filter(m -> m.logsInWith(accountId)).findFirst();
        if (self.isEmpty()) {
            return List.of();
        }
        var result = new ArrayList<DataSubject>();
        result.add(self.get());
        members.stream()
                .filter(m -> m != self.get())
                .filter(m -> m.ageOn(today) < OWN_RIGHTS_FROM)
                .filter(m -> m.authorityHolderIds().contains(self.get().memberId()))
                .forEach(result::add);
        return List.copyOf(result);
    }

    /** How the account comes to see this member's data: as the member himself, or by parental authority. */
    public static AccessBasis basis(DataSubject self, DataSubject subject) {
        return self.memberId().equals(subject.memberId())
                ? AccessBasis.self()
                : AccessBasis.parentalAuthority(self.memberId());
    }
}
