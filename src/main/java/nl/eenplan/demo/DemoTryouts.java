package nl.eenplan.demo;

import java.util.List;
import java.util.Map;

/**
 * What each demo login can try, printed under its login so a new user knows where to go: the pages
 * are named as the menu and the plan's tabs name them.
 */
final class DemoTryouts {

    private static final Map<String, List<String>> TRYOUTS = Map.of(
            "fatima@gezin.example",
            List.of(
                    "Haar plan: 1. Situatie en hulpvraag, 2. Doelen en afspraken, 3. Voorzieningen,",
                    "4. Leefgebieden (met de scores in een grafiek), 5. Toestemming en het Veiligheidsplan."),
            "oma.ans@netwerk.example",
            List.of("Haar afspraak (Sara van school halen) en de uitnodiging voor de Ronde Tafel beantwoorden."),
            "hulp@debrug.example",
            List.of(
                    "Regisseur van Gezin Jansen: alle tabs van het plan, de aanvraag voor een beschikking (tab 3),",
                    "leefgebieden en scores (tab 4), het Veiligheidsplan, behandelplannen en Mijn gezinnen."),
            "hulp@oporde.example",
            List.of("Zijn te late actie, zijn behandelplan bij Gezin Jansen en Mijn gezinnen."),
            "manager@debrug.example",
            List.of(
                    "Escalatie volgen; Cijfers van De Brug; Invoering: de checklist van De Brug is klaar,",
                    "dus De Brug voldoet aan alle basiseisen."),
            "manager@oporde.example",
            List.of("Escalatie volgen; Cijfers van Op Orde; Invoering: Op Orde voldoet nog niet aan alle basiseisen."),
            "aanspreekpunt@voorbeeldstad.example",
            List.of(
                    "Escalatie in de gemeente; Cijfers van Voorbeeldstad (dertien gezinnen);",
                    "Invoering: de afspraken van de gemeente en een checklist die loopt; de basiseisen van aanbieders."),
            "toegang@voorbeeldstad.example",
            List.of("Besluit over jeugdhulp voor Michael; intensieve regie bij Gezin Jansen; Mijn gezinnen."),
            "beheer@voorbeeldstad.example",
            List.of("Mensen en hun rollen, de trainingen van Hanna en Sem, en de sjablonen van de checklists."));

    private DemoTryouts() {}

    /** The lines of what to try with this login; none for an unknown one. */
    static List<String> of(String email) {
        return TRYOUTS.getOrDefault(email, List.of());
    }
}
