/**
 * The event feed (issue 16, docs/adr/0030): what changed in plans, teams, consents, round tables and
 * escalations, as CloudEvents with ids only, read with a cursor by a system that follows the households
 * it may follow. Entries are written by {@link nl.eenplan.feed.FeedRecorder} from the events the other
 * modules publish, in the transaction of the change; read through {@link nl.eenplan.feed.EventFeed},
 * which decides who follows which household and logs every read; destroyed with the household
 * . Owns the table {@code feed_event}.
 */
@ApplicationModule(
        allowedDependencies = {
            "household",
            "participation",
            "consent",
            "plan",
            "meeting",
            "escalation",
            "organisation",
            "identity",
            "audit",
            "home"
        })
package nl.eenplan.feed;

import org.springframework.modulith.ApplicationModule;
