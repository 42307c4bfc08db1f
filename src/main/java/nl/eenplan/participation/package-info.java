/**
 * The team around a household (H-2, H-3): household members, network members and professionals,
 * active or receiving a copy only; and who coordinates (R): the coordinator, the form of
 * coordination, the rules that may refuse a choice, handover and the full history. The team is kept up
 * to date (edits, active or copy-only, leaving with an end date and a mail to the chain, R-7) in the
 * team's own history, and the household's members through {@code HouseholdUpkeep}; {@code ParticipantLeft}
 * is published when someone leaves.
 *
 * <p>Published read contract: other modules read the team's tables only through the read-only views
 * of migration V36, for set-based queries over many households; everything else through
 * {@link nl.eenplan.participation.Team} and the other public classes. {@code team_account_v(household_id,
 * participant_id, account_id, kind, active)}: the team members with an account, removed ones left out.
 * {@code coordinator_account_v(household_id, account_id)}: the coordinator of each household, when he
 * has an account and was not removed.
 * {@code coordinator_name_v(household_id, name)}: the coordinator's name (migration V37).
 */
@ApplicationModule(
        allowedDependencies = {"household", "identity", "organisation", "notification", "audit", "calendar", "home"})
package nl.eenplan.participation;

import org.springframework.modulith.ApplicationModule;
