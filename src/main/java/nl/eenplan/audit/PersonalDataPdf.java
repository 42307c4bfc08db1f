package nl.eenplan.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.document.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.JsonNode;

/**
 * The printable form of a personal-data copy: the same data as the JSON copy, each section
 * under its own heading, each field with a readable label where EenPlan has one.
 */
@Component
class PersonalDataPdf {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final PdfDocuments pdfs;

    PersonalDataPdf(ITemplateEngine templates, MessageSource messages, PdfDocuments pdfs) {
        this.templates = templates;
        this.messages = messages;
        this.pdfs = pdfs;
    }

    /** A label with a value, or with the lines beneath it. */
    public record DataLine(String label, String value, List<DataLine> children) {}

    byte[] render(PersonalDataCopy copy, JsonNode tree, Locale locale) {
        var sections = new ArrayList<DataLine>();
        tree.get("sections")
                .properties()
                .forEach(section -> sections.add(new DataLine(
                        label("audit.data.section.", section.getKey(), locale),
                        null,
                        lines(section.getValue(), locale))));
        var html = templates.process(
                "audit/personal-data-pdf",
                new Context(
                        locale,
                        Map.of(
                                "copy", copy,
                                "madeOn", copy.madeAt().atZone(DutchTime.ZONE).toLocalDate(),
                                "sections", sections)));
        return pdfs.render(html);
    }

    private List<DataLine> lines(JsonNode node, Locale locale) {
        var result = new ArrayList<DataLine>();
        if (node.isObject()) {
            node.properties()
                    .forEach(p ->
                            result.add(line(label("audit.data.field.", p.getKey(), locale), p.getValue(), locale)));
        } else if (node.isArray()) {
            var number = 1;
            for (var item : node.values()) {
                result.add(line(Integer.toString(number++), item, locale));
            }
        }
        return result;
    }

    private DataLine line(String label, JsonNode value, Locale locale) {
        if (value.isObject() || value.isArray()) {
            var children = lines(value, locale);
            return new DataLine(label, children.isEmpty() ? text("audit.data.empty", locale) : null, children);
        }
        if (value.isNull()) {
            return new DataLine(label, text("audit.data.empty", locale), List.of());
        }
        if (value.isBoolean()) {
            return new DataLine(
                    label, text(value.booleanValue() ? "audit.data.yes" : "audit.data.no", locale), List.of());
        }
        return new DataLine(label, value.asString(), List.of());
    }

    private String label(String prefix, String name, Locale locale) {
        return messages.getMessage(prefix + name, null, name, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
