package nl.eenplan.feed;

import java.time.Instant;
import java.util.UUID;

/**
 * One change in the feed: its kind ({@code nl.eenplan.plan.established}), the household, its
 * municipality, the plan (and its numbered version) where the change is about a plan, and the id of
 * what changed (a goal, an action, a consent...). Ids only: no name, no text, no content.
 */
public record FeedEntry(
        UUID id,
        FeedPosition position,
        String type,
        UUID householdId,
        UUID municipalityId,
        UUID planId,
        Integer planVersion,
        String subjectType,
        UUID subjectId,
        Instant occurredAt) {}
