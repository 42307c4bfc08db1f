/**
 * Households: the people living at one address plus family members elsewhere (H-1), with date of
 * birth or expected birth date, and who has parental authority over whom (C-1 needs it). After
 * registration {@link nl.eenplan.household.Members} keeps them up to date (a member added, a birth, a
 * move, a rectification, X-6) on the version the caller saw, in an append-only history, and publishes
 * {@code MemberAdded}, {@code ChildBorn}, {@code MemberMoved} and {@code MemberRectified}; who may make
 * such a change is decided by the caller (participation).
 *
 * <p>Published read contract: other modules read the household's tables only through the read-only
 * view {@code household_name_v(id, name)}, the name of each household (migration V36), for set-based
 * queries over many households; everything else through {@link nl.eenplan.household.HouseholdRegister}.
 * {@code household_search_v(id, name, municipality_id, postcode, names, birth_dates)}: what a household
 * is found by in "Mijn gezinnen" (migration V37).
 */
@ApplicationModule(allowedDependencies = {"audit"})
package nl.eenplan.household;

import org.springframework.modulith.ApplicationModule;
