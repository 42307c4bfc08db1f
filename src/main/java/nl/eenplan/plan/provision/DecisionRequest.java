package nl.eenplan.plan.provision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * PL-3: tabs 1-3 of the plan as a request to the municipality for a decision (beschikking), as a JSON
 * document shaped after the iStandaarden message JW315 "Verzoek om toewijzing" (iJw 3.2; iWmo's WMO315
 * has the same build): one message per member, law and provider, with a header (sender and receiver),
 * the client, his relations and the requested products (category, code, scope: volume, unit, frequency;
 * start and end). Field names follow the message's elements (docs/adr/0033). EenPlan keeps no BSN, AGB
 * code, municipality code or municipal product code: those fields are present and empty ({@code null}),
 * for the municipality to fill in.
 */
public record DecisionRequest(
        String documentSoort,
        String standaard,
        LocalDate opgesteldOp,
        PlanGegevens plan,
        Gemeente gemeente,
        List<Bericht> berichten,
        List<String> toelichting) {

    /** The plan the request rests on (tabs 1 and 2): its version, coordinator and the goals served. */
    public record PlanGegevens(UUID planId, int versie, String regisseur, String regievorm, List<Doel> doelen) {}

    /** A goal of the plan that a requested provision serves. */
    public record Doel(UUID id, String titel) {}

    /** The receiving municipality; its CBS municipality code is not kept by EenPlan. */
    public record Gemeente(UUID id, String naam, String gemeentecode) {}

    /** One message in the shape of JW315 (youth care) or WMO315 (Wmo). */
    public record Bericht(
            String bericht,
            Integer berichtCode,
            int berichtVersie,
            int berichtSubversie,
            Header header,
            Client client,
            List<Relatie> relaties,
            List<AangevraagdProduct> aangevraagdProducten) {}

    /** Afzender: the provider (AGB code not kept); ontvanger: the municipality (code not kept). */
    public record Header(
            String afzender,
            String afzenderNaam,
            String ontvanger,
            String ontvangerNaam,
            BerichtIdentificatie berichtIdentificatie) {}

    public record BerichtIdentificatie(String identificatie, LocalDate dagtekening) {}

    /** The client; {@code bsn} is always empty: EenPlan holds no citizen service numbers. */
    public record Client(String bsn, LocalDate geboortedatum, Naam naam, String wet) {}

    public record Naam(String geslachtsnaam, String voornamen) {}

    /** A relation of the client in the household, with its code in list COD472 (Soort relatie). */
    public record Relatie(String soort, Naam naam) {}

    /** A requested product: {@code referentieAanbieder} is the provision's id on the plan. */
    public record AangevraagdProduct(
            String referentieAanbieder,
            Product product,
            LocalDate toewijzingIngangsdatum,
            LocalDate toewijzingEinddatum,
            Omvang omvang,
            Verwijzer verwijzer,
            String commentaar,
            List<UUID> doelen) {}

    /** Categorie: JZ020 for youth care; code: the municipality's product code (not kept). */
    public record Product(String categorie, String code, String omschrijving) {}

    /** Volume; eenheid: code in WJ756; frequentie: code in WMO757. */
    public record Omvang(Integer volume, String eenheid, String frequentie) {}

    /** Type: code in COD327 (01: gemeente, the municipal team that coordinates); naam: the coordinator. */
    public record Verwijzer(String type, String naam) {}
}
