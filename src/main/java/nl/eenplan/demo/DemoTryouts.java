package nl.eenplan.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * What each demo login can try, printed under its login so a new user knows where to go: the pages
 * are named as the menu and the plan's tabs name them. The texts are in the demo's message bundle
 * ({@code messages/demo}); they are printed in Dutch, the working language.
 */
final class DemoTryouts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final int WIDTH = 90;

    /** The message key of what each demo login can try. */
    private static final Map<String, String> KEYS = Map.of(
            "fatima@gezin.example", "demo.tryout.fatima",
            "oma.ans@netwerk.example", "demo.tryout.ans",
            "hulp@debrug.example", "demo.tryout.hanna",
            "hulp@oporde.example", "demo.tryout.sem",
            "manager@debrug.example", "demo.tryout.managerDeBrug",
            "manager@oporde.example", "demo.tryout.managerOpOrde",
            "aanspreekpunt@voorbeeldstad.example", "demo.tryout.contactPoint",
            "toegang@voorbeeldstad.example", "demo.tryout.accessTeam",
            "beheer@voorbeeldstad.example", "demo.tryout.administrator");

    private DemoTryouts() {}

    /** The lines of what to try with this login; none for an unknown one. */
    static List<String> of(String email, MessageSource messages) {
        var key = KEYS.get(email);
        return key == null ? List.of() : lines(messages.getMessage(key, null, DUTCH));
    }

    /**
     * The text in lines of at most {@value #WIDTH} characters, broken between words but never at a
     * no-break space (U+00A0, which keeps "tab 3" together), printed as a plain space.
     */
    static List<String> lines(String text) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : text.strip().split(" +")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word.replace('\u00a0', ' '));
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
