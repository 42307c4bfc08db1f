package nl.eenplan.plan;

import java.time.LocalDate;
import java.util.UUID;

/** G-3: the answers at a goal's evaluation moment. */
public record Evaluation(
        UUID id,
        UUID goalId,
        LocalDate evaluatedOn,
        boolean reached,
        Boolean actionsDone,
        String whyNotDone,
        String howToImprove,
        String whyNoEffect,
        Boolean onRightTrack,
        String meaningForHousehold,
        String achieved) {}
