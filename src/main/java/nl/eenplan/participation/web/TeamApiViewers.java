package nl.eenplan.participation.web;

import java.util.Collection;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.TeamNotFound;
import nl.eenplan.participation.TeamViewer;
import nl.eenplan.participation.TeamViewers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;

/**
 * Who asks the team API, decided as the pages decide it (X-1, X-5, C-1): someone outside the team gets
 * 404; a professional without consent is told so (403) where the page tells him so, before anything
 * else is read or changed.
 */
@Component
class TeamApiViewers {

    private final TeamViewers viewers;
    private final TransactionTemplate transaction;

    TeamApiViewers(TeamViewers viewers, PlatformTransactionManager transactions) {
        this.viewers = viewers;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * One read and its access-log entry in one transaction: when what was asked for turns out not to be
     * shown to this person ({@link TeamNotFound}), nothing was read and the entry is undone with it.
     */
    <T> T reading(Supplier<T> read) {
        return transaction.execute(status -> read.get());
    }

    /** A change and its checks in one transaction: a refusal found after the change undoes it. */
    <T> T changing(Supplier<T> change) {
        return transaction.execute(status -> change.get());
    }

    /** Anyone in the household's team; {@link TeamNotFound} for everyone else. */
    TeamViewer member(UUID householdId, AccountPrincipal person) {
        return viewers.viewer(householdId, person.id()).in(householdId);
    }

    /** Someone in the team who may see the plan; a professional without consent is refused (C-1). */
    TeamViewer seeingPlan(UUID householdId, AccountPrincipal person) {
        var viewer = member(householdId, person);
        if (!viewer.seesPlan()) {
            throw new TeamApiProblems.ConsentMissing(householdId);
        }
        return viewer;
    }

    /** Someone who may change the team, as {@link TeamViewer#editing}: else 403 (C-1) or 404. */
    TeamViewer editor(UUID householdId, AccountPrincipal person) {
        var viewer = seeingPlan(householdId, person);
        if (!viewer.mayEdit()) {
            throw new TeamNotFound();
        }
        return viewer.editing(householdId);
    }

    /** Runs the page form's own checks on {@code form}; a field they refuse is a 400 naming it. */
    static void check(Object form, Consumer<Errors> checks) {
        var errors = new DirectFieldBindingResult(form, "request");
        checks.accept(errors);
        if (errors.hasErrors()) {
            throw new TeamApiProblems.InvalidFields(errors);
        }
    }

    /**
     * The entity tag of a set of ids that has no version of its own (who holds parental authority, who
     * receives a copy): the same set, the same tag, so a change made on another set is refused (412).
     */
    static VersionTag tagOf(Collection<UUID> ids) {
        var text = ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
        return VersionTag.of(Math.floorMod(text.hashCode(), 1_000_000_000));
    }
}
