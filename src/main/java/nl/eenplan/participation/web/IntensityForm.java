package nl.eenplan.participation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.eenplan.participation.CoordinationIntensity;
import nl.eenplan.participation.IntensityDecision;
import nl.eenplan.participation.IntensiveFunding;
import org.springframework.format.annotation.DateTimeFormat;

/** the access team's decision on intensive coordination, with the effort and its funding. */
record IntensityForm(
        @NotNull(message = "{coordination.stale}") Integer version,
        Boolean intensive,

        @Min(value = 1, message = "{intensive.hours.invalid}") @Max(value = 40, message = "{intensive.hours.invalid}")
        Integer hoursPerWeek,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
        IntensiveFunding funding,

        @Size(max = 500, message = "{intensive.fundingNote.tooLong}")
        String fundingNote) {

    static IntensityForm of(CoordinationIntensity intensity) {
        return new IntensityForm(
                intensity.version(),
                intensity.intensive(),
                intensity.hoursPerWeek(),
                intensity.startsOn(),
                intensity.endsOn(),
                intensity.funding(),
                intensity.fundingNote());
    }

    IntensityDecision toDecision() {
        return new IntensityDecision(
                Boolean.TRUE.equals(intensive), hoursPerWeek, startsOn, endsOn, funding, fundingNote);
    }

    /** Puts the reason of a refusal next to the field it is about. */
    static String fieldOf(String reason) {
        return switch (reason) {
            case "intensive.hours.invalid" -> "hoursPerWeek";
            case "intensive.period.required", "intensive.period.order" -> "endsOn";
            case "intensive.funding.required" -> "funding";
            case "intensive.fundingNote.tooLong" -> "fundingNote";
            default -> "intensive";
        };
    }
}
