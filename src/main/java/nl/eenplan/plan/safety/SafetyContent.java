package nl.eenplan.plan.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.eenplan.plan.PlanRefused;

/**
 * What a safety plan says (PL-6), as it is written down at once: its risks, agreements, watches, calls and
 * the evaluation moments still to come. Entries left wholly empty (the spare rows of a form) are dropped;
 * an entry without its "what" is refused, as is text that is too long or a phone number that is none.
 */
public record SafetyContent(
        List<Entry> risks, List<Entry> agreements, List<Entry> watches, List<Entry> calls, List<LocalDate> moments) {

    /** The longest text of one field. */
    public static final int MAX_TEXT = 2000;

    /** The most lines of one kind. */
    public static final int MAX_LINES = 30;

    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{2,20}");

    /** One entry: what, who (free words), the participant it names (or none), a phone number (calls only). */
    public record Entry(String what, String who, UUID participantId, String phone) {

        boolean empty() {
            return blank(what) && blank(who) && participantId == null && blank(phone);
        }
    }

    public SafetyContent {
        risks = kept(risks, "risks");
        agreements = kept(agreements, "agreements");
        watches = kept(watches, "watches");
        calls = kept(calls, "calls");
        moments = moments == null
                ? List.of()
                : moments.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (moments.size() > MAX_LINES) {
            throw new PlanRefused("plan.safety.tooMany");
        }
    }

    /** Nothing written yet. */
    public static SafetyContent empty() {
        return new SafetyContent(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The participants the entries name. */
    public List<UUID> named() {
        var named = new ArrayList<UUID>();
        for (var list : List.of(agreements, watches, calls)) {
            list.stream().map(Entry::participantId).filter(Objects::nonNull).forEach(named::add);
        }
        return named;
    }

    private static List<Entry> kept(List<Entry> entries, String field) {
        if (entries == null) {
            return List.of();
        }
        var kept = new ArrayList<Entry>();
        for (var e : entries) {
            if (e == null || e.empty()) {
                continue;
            }
            if (blank(e.what())) {
                throw new PlanRefused("plan.safety." + field + ".whatRequired");
            }
            if (tooLong(e.what()) || tooLong(e.who())) {
                throw new PlanRefused("plan.safety.tooLong");
            }
            if (!blank(e.phone()) && !PHONE.matcher(e.phone().strip()).matches()) {
                throw new PlanRefused("plan.safety.phone.invalid");
            }
            kept.add(new Entry(e.what().strip(), strip(e.who()), e.participantId(), strip(e.phone())));
        }
        if (kept.size() > MAX_LINES) {
            throw new PlanRefused("plan.safety.tooMany");
        }
        return List.copyOf(kept);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static boolean tooLong(String s) {
        return s != null && s.length() > MAX_TEXT;
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
