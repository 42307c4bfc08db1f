package nl.eenplan.home;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How EenPlan presents itself for one municipality: its name next to EenPlan's, a logo, colours as
 * NL Design System design tokens, and the contact details of the footer and the contact page. Nothing
 * configured: the neutral theme. Colours are checked, so configuration can never inject CSS.
 *
 * @param name the municipality's name shown in the header, or blank
 * @param logo where the logo is read ({@code file:/...} or {@code classpath:...}), or blank
 * @param primaryColor colour of buttons, header and brand, e.g. {@code #c00000}
 * @param primaryTextColor text on that colour
 * @param linkColor colour of links
 * @param contactPhone phone number of the helpdesk
 * @param contactEmail e-mail address of the helpdesk
 * @param contactAddress postal address
 * @param contactHours when the helpdesk can be reached, in words
 */
@ConfigurationProperties("eenplan.site")
public record Site(
        String name,
        String logo,
        String primaryColor,
        String primaryTextColor,
        String linkColor,
        String contactPhone,
        String contactEmail,
        String contactAddress,
        String contactHours) {

    private static final Pattern COLOUR = Pattern.compile(
            "#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?|rgb\\(\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*\\)");

    public Site {
        name = blankToNull(name);
        logo = blankToNull(logo);
        primaryColor = colour(primaryColor, "primary-color");
        primaryTextColor = colour(primaryTextColor, "primary-text-color");
        linkColor = colour(linkColor, "link-color");
        contactPhone = blankToNull(contactPhone);
        contactEmail = blankToNull(contactEmail);
        contactAddress = blankToNull(contactAddress);
        contactHours = blankToNull(contactHours);
    }

    /** Whether a municipality set its own name, logo or colours (else the neutral theme alone). */
    public boolean themed() {
        return !tokens().isEmpty();
    }

    public boolean hasLogo() {
        return logo != null;
    }

    /** The NL Design System tokens (and EenPlan's own) this configuration sets, in CSS order. */
    public Map<String, String> tokens() {
        var tokens = new LinkedHashMap<String, String>();
        if (primaryColor != null) {
            tokens.put("--ep-color-primary", primaryColor);
            tokens.put("--utrecht-button-primary-action-background-color", primaryColor);
            tokens.put("--utrecht-button-primary-action-border-color", primaryColor);
            tokens.put("--utrecht-button-primary-action-hover-background-color", primaryColor);
        }
        if (primaryTextColor != null) {
            tokens.put("--utrecht-button-primary-action-color", primaryTextColor);
            tokens.put("--utrecht-button-primary-action-hover-color", primaryTextColor);
        }
        if (linkColor != null) {
            tokens.put("--ep-color-link", linkColor);
            tokens.put("--utrecht-link-color", linkColor);
            tokens.put("--nl-link-color", linkColor);
        }
        return tokens;
    }

    private static String colour(String value, String property) {
        var colour = blankToNull(value);
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException(
                    "eenplan.site." + property + " must be a colour like #1a2b3c or rgb(1, 2, 3)");
        }
        return colour;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
