package nl.eenplan.plan.lifearea.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.plan.PlanRefused;
import nl.eenplan.plan.lifearea.LifeArea;
import nl.eenplan.plan.lifearea.LifeAreaNote;
import nl.eenplan.plan.lifearea.MatrixDomain;
import nl.eenplan.plan.lifearea.NewAssessment;

/**
 * PL-4: the forms of tab 4 read from what was sent, whatever was sent: what cannot be read is refused
 * with a message key (never an error page), so hostile input stores nothing.
 */
final class LifeAreaForms {

    private LifeAreaForms() {}

    /** The plan's version the form was made on, or empty when missing or unreadable. */
    static Optional<Integer> version(Map<String, String> form) {
        try {
            return Optional.of(Integer.parseInt(form.getOrDefault("version", "").strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static LifeArea area(String name) {
        try {
            return LifeArea.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PlanRefused("lifearea.refused.area");
        }
    }

    static LifeAreaNote note(LifeArea area, Map<String, String> form) {
        return new LifeAreaNote(
                area,
                form.get("strengths"),
                form.get("concerns"),
                "true".equals(form.get("discussed")),
                form.get("householdView"),
                form.get("professionalView"));
    }

    static NewAssessment assessment(Map<String, String> form) {
        var scores = new EnumMap<MatrixDomain, Integer>(MatrixDomain.class);
        for (var domain : MatrixDomain.values()) {
            var value = form.getOrDefault("score-" + domain.name(), "").strip();
            if (!value.isEmpty()) {
                try {
                    scores.put(domain, Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    throw new PlanRefused("lifearea.refused.score");
                }
            }
        }
        return new NewAssessment(
                uuid(form.getOrDefault("memberId", "")),
                date(form.getOrDefault("assessedOn", "")),
                form.get("assessedBy"),
                scores,
                form.get("note"));
    }

    static Set<LifeArea> areas(List<String> names) {
        var areas = EnumSet.noneOf(LifeArea.class);
        if (names != null) {
            names.forEach(name -> areas.add(area(name)));
        }
        return areas;
    }

    private static UUID uuid(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new PlanRefused("lifearea.refused.member");
        }
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new PlanRefused("lifearea.refused.date");
        }
    }
}
