package nl.eenplan.plan.provision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import nl.eenplan.household.Member;
import nl.eenplan.plan.provision.DecisionRequest.AangevraagdProduct;
import nl.eenplan.plan.provision.DecisionRequest.Bericht;
import nl.eenplan.plan.provision.DecisionRequest.BerichtIdentificatie;
import nl.eenplan.plan.provision.DecisionRequest.Client;
import nl.eenplan.plan.provision.DecisionRequest.Doel;
import nl.eenplan.plan.provision.DecisionRequest.Gemeente;
import nl.eenplan.plan.provision.DecisionRequest.Header;
import nl.eenplan.plan.provision.DecisionRequest.Naam;
import nl.eenplan.plan.provision.DecisionRequest.Omvang;
import nl.eenplan.plan.provision.DecisionRequest.PlanGegevens;
import nl.eenplan.plan.provision.DecisionRequest.Product;
import nl.eenplan.plan.provision.DecisionRequest.Relatie;
import nl.eenplan.plan.provision.DecisionRequest.Verwijzer;

/**
 * PL-3: builds the JW315-shaped {@link DecisionRequest} from tab 3 and what tabs 1 and 2 say: only the
 * provisions still asked for ({@link ProvisionStatus#REQUESTED}), one message per member, law and
 * provider. {@code words} gives the Dutch text of a message key (the municipality reads Dutch).
 */
final class DecisionRequestBuilder {

    /** COD002-VEKT: the message code of JW315; WMO315's is left empty (not checked against iWmo). */
    static final int JW315_CODE = 446;

    private DecisionRequestBuilder() {}

    static DecisionRequest build(
            Tab3 tab,
            Gemeente gemeente,
            String coordinator,
            String coordinationForm,
            LocalDate today,
            Function<String, String> words) {
        var asked =
                tab.provisions().stream().filter(p -> p.status().requested()).toList();
        var groups = new LinkedHashMap<String, List<Provision>>();
        for (var p : asked) {
            groups.computeIfAbsent(p.memberId() + "|" + p.law() + "|" + p.provider(), k -> new ArrayList<>())
                    .add(p);
        }
        var berichten = new ArrayList<Bericht>();
        for (var group : groups.values()) {
            var first = group.getFirst();
            var member = tab.member(first.memberId()).orElseThrow().member();
            var jeugd = first.law() == Law.JEUGDWET;
            var header = new Header(
                    null,
                    first.provider(),
                    null,
                    gemeente.naam(),
                    new BerichtIdentificatie(
                            UUID.nameUUIDFromBytes((tab.plan().id() + "|" + berichten.size()).getBytes())
                                    .toString(),
                            today));
            var products = group.stream()
                    .map(p -> new AangevraagdProduct(
                            p.id().toString(),
                            new Product(
                                    p.kind().category(),
                                    null,
                                    p.kind() == ProvisionKind.OTHER
                                            ? p.kindOther()
                                            : words.apply(p.kind().labelKey())),
                            p.startDate(),
                            p.endDate(),
                            p.hasScope()
                                    ? new Omvang(
                                            p.volume(),
                                            p.unit().code(),
                                            p.frequency().code())
                                    : new Omvang(null, null, null),
                            new Verwijzer("01", coordinator),
                            p.reason(),
                            p.goalIds()))
                    .toList();
            berichten.add(new Bericht(
                    jeugd ? "JW315" : "WMO315",
                    jeugd ? JW315_CODE : null,
                    3,
                    2,
                    header,
                    new Client(
                            null,
                            member.dateOfBirth(),
                            naam(member),
                            first.law().name()),
                    relaties(tab, member),
                    products));
        }
        var served = new LinkedHashSet<UUID>();
        asked.forEach(p -> served.addAll(p.goalIds()));
        var doelen = tab.goals().stream()
                .filter(g -> served.contains(g.id()))
                .map(g -> new Doel(g.id(), g.title()))
                .toList();
        return new DecisionRequest(
                "VerzoekOmToewijzing",
                "iJw 3.2 JW315 / iWmo WMO315",
                today,
                new PlanGegevens(
                        tab.plan().id(), tab.plan().lastVersionNumber(), coordinator, coordinationForm, doelen),
                gemeente,
                berichten,
                List.of(
                        words.apply("provision.request.note.bsn"),
                        words.apply("provision.request.note.codes"),
                        words.apply("provision.request.note.version")));
    }

    /** COD472: 10 parent (holds authority over the client), 16 son or daughter, 18 member of the household. */
    private static List<Relatie> relaties(Tab3 tab, Member client) {
        return tab.members().stream()
                .map(Tab3.MemberLine::member)
                .filter(m -> !m.id().equals(client.id()) && !m.unborn())
                .map(m -> new Relatie(
                        client.authorityHolderIds().contains(m.id())
                                ? "10"
                                : m.authorityHolderIds().contains(client.id()) ? "16" : "18",
                        naam(m)))
                .toList();
    }

    private static Naam naam(Member m) {
        return new Naam(m.familyName(), m.givenName());
    }

    static Locale dutch() {
        return Locale.forLanguageTag("nl-NL");
    }
}
