package nl.eenplan;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table belongs to the module whose migration made it; SQL in another module reads it only through
 * the read-only views the owner publishes (documented in its package-info) or through the owner's API.
 */
class TableOwnershipTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path MODULES = Path.of("src/main/java/nl/eenplan");

    /** Table → owning module; {@code event_publication} belongs to Spring Modulith itself. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            entry("account", "identity"),
            entry("login_throttle", "identity"),
            entry("recovery_code", "identity"),
            entry("invitation", "identity"),
            entry("api_token", "identity"),
            entry("password_reset", "identity"),
            entry("spring_session", "identity"),
            entry("spring_session_attributes", "identity"),
            entry("outbox_mail", "notification"),
            entry("outbox_attachment", "notification"),
            entry("audit_entry", "audit"),
            entry("audit_entry_default", "audit"),
            entry("audit_chain_head", "audit"),
            entry("audit_seal", "audit"),
            entry("audit_checkpoint", "audit"),
            entry("organisation", "organisation"),
            entry("staff_role", "organisation"),
            entry("household", "household"),
            entry("household_member", "household"),
            entry("parental_authority", "household"),
            entry("household_history", "household"),
            entry("team_history", "participation"),
            entry("participant", "participation"),
            entry("coordination", "participation"),
            entry("coordination_history", "participation"),
            // Roles and requirements, intensive coordination (IMP-4, IMP-5, IMP-6, R-8, R-9)
            entry("staff_training", "organisation"),
            entry("coordination_intensity", "participation"),
            entry("provider_commitment", "implementation"),
            entry("coordinator_assessment", "implementation"),
            entry("plan", "plan"),
            entry("goal", "plan"),
            entry("action", "plan"),
            entry("action_participant", "plan"),
            entry("evaluation", "plan"),
            entry("plan_version", "plan"),
            entry("plan_copy", "plan"),
            entry("plan_agreement", "plan"),
            // PL-7: treatment plans with the plan
            entry("treatment_plan_link", "plan"),
            entry("treatment_plan_goal", "plan"),
            // PL-4: tab 4, life areas and assessments.
            entry("plan_life_area", "plan"),
            entry("plan_assessment", "plan"),
            entry("plan_assessment_score", "plan"),
            entry("plan_goal_life_area", "plan"),
            // Tab 3 of the plan (PL-3, PL-10).
            entry("plan_provision", "plan"),
            entry("plan_provision_goal", "plan"),
            entry("plan_member_law", "plan"),
            // PL-6: the safety plan.
            entry("safety_plan", "plan"),
            entry("safety_plan_line", "plan"),
            entry("closing_day", "calendar"),
            entry("scheduled_tasks", "deadline"),
            entry("reminder_preference", "deadline"),
            entry("reminder_sent", "deadline"),
            entry("reminder_digest_week", "deadline"),
            entry("round_table", "meeting"),
            entry("round_table_invitee", "meeting"),
            entry("round_table_agenda_item", "meeting"),
            entry("round_table_attendance", "meeting"),
            entry("round_table_decision", "meeting"),
            entry("consent", "consent"),
            entry("sharing_override", "consent"),
            entry("consent_signal", "consent"),
            entry("escalation_ladder_step", "escalation"),
            entry("escalation_setting", "escalation"),
            entry("stagnation", "escalation"),
            entry("escalation", "escalation"),
            entry("escalation_step", "escalation"),
            entry("monitoring_plan_fact", "monitoring"),
            entry("monitoring_escalation_fact", "monitoring"),
            entry("monitoring_round_table_fact", "monitoring"),
            entry("monitoring_consent_fact", "monitoring"),
            entry("monitoring_region", "monitoring"),
            entry("monitoring_region_municipality", "monitoring"),
            entry("monitoring_evaluation", "monitoring"),
            entry("monitoring_month", "monitoring"),
            entry("monitoring_round_table_month", "monitoring"),
            entry("monitoring_escalation_month", "monitoring"),
            entry("monitoring_caseload", "monitoring"),
            entry("monitoring_caseload_month", "monitoring"),
            entry("case_assignment", "caseload"),
            entry("destruction_request", "retention"),
            entry("destruction_record", "retention"),
            // V61: the event feed (issue 16).
            entry("feed_event", "feed"),
            // V68: frameworks per municipality and implementation checklists (issue 14, IMP-1, IMP-3).
            entry("implementation_framework", "implementation"),
            entry("implementation_checklist_template", "implementation"),
            entry("implementation_template_item", "implementation"),
            entry("implementation_checklist", "implementation"),
            entry("implementation_checklist_item", "implementation"),
            entry("event_publication", "spring-modulith"));

    /** The read contracts modules publish for the others: view → owning module. */
    private static final Map<String, String> PUBLISHED_VIEWS = Map.ofEntries(
            entry("household_name_v", "household"),
            entry("team_account_v", "participation"),
            entry("coordinator_account_v", "participation"),
            // V37: the facts "Mijn gezinnen" searches and filters on (caseload).
            entry("household_search_v", "household"),
            entry("plan_status_v", "plan"),
            entry("open_action_v", "plan"),
            entry("coordinator_name_v", "participation"),
            entry("open_escalation_v", "escalation"),
            entry("round_table_due_v", "meeting"),
            entry("consent_due_v", "consent"),
            // V61: the municipality of each household, for the event feed.
            entry("household_municipality_v", "household"),
            // V67: what monitoring's read model is rebuilt from (MonitoringRebuild).
            entry("plan_monitoring_v", "plan"),
            entry("coordination_monitoring_v", "participation"),
            entry("escalation_monitoring_v", "escalation"),
            entry("round_table_monitoring_v", "meeting"),
            entry("consent_monitoring_v", "consent"));

    private static final Pattern CREATED = Pattern.compile(
            "create\\s+(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_TABLE =
            Pattern.compile("\\b(?:from|join|into|update|table)\\s+([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableAndViewOfTheMigrationsHasAnOwner() {
        var unowned = new ArrayList<String>();
        for (var migration : files(MIGRATIONS, ".sql")) {
            var created = CREATED.matcher(read(migration));
            while (created.find()) {
                var name = created.group(2).toLowerCase(Locale.ROOT);
                var owners = created.group(1).equalsIgnoreCase("view") ? PUBLISHED_VIEWS : OWNERS;
                if (!owners.containsKey(name)) {
                    unowned.add(migration.getFileName() + ": " + name);
                }
            }
        }
        assertThat(unowned).as("tables and views without an owning module").isEmpty();
    }

    @Test
    void sqlOfAModuleNamesOnlyItsOwnTablesAndPublishedViews() {
        var trespasses = new ArrayList<String>();
        for (var source : files(MODULES, ".java")) {
            var relative = MODULES.relativize(source);
            if (relative.getNameCount() < 2) {
                continue; // the application itself, no module
            }
            var module = relative.getName(0).toString();
            for (var sql : stringLiterals(read(source))) {
                var named = NAMED_TABLE.matcher(sql);
                while (named.find()) {
                    var table = named.group(1).toLowerCase(Locale.ROOT);
                    var owner = OWNERS.get(table);
                    if (owner != null && !owner.equals(module)) {
                        trespasses.add(relative + " names " + owner + "'s table " + table);
                    }
                }
            }
        }
        assertThat(trespasses)
                .as("SQL naming another module's table: use its published view or its API")
                .isEmpty();
    }

    /** The string literals and text blocks of a Java source, comments and character literals skipped. */
    private static List<String> stringLiterals(String source) {
        var literals = new ArrayList<String>();
        var i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = endOf(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = endOf(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                var end = endOf(source, "\"\"\"", i + 3);
                literals.add(source.substring(i + 3, Math.max(i + 3, end - 3)));
                i = end;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                var quote = source.charAt(i);
                var start = ++i;
                while (i < source.length() && source.charAt(i) != quote) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(source.substring(start, Math.min(i, source.length())));
                }
                i++;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int endOf(String source, String closing, int from) {
        var at = source.indexOf(closing, from);
        return at < 0 ? source.length() : at + closing.length();
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
