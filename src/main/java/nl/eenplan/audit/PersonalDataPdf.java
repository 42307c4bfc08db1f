package nl.eenplan.audit;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
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

    private static final String FONT_FAMILY = "EenPlan Sans";

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final File fontDirectory;

    PersonalDataPdf(
            ITemplateEngine templates,
            MessageSource messages,
            @Value("${eenplan.pdf.font-directory:/usr/share/fonts/truetype/dejavu}") File fontDirectory) {
        this.templates = templates;
        this.messages = messages;
        this.fontDirectory = fontDirectory;
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
                                "madeOn",
                                        copy.madeAt()
                                                .atZone(HouseholdAccessLog.DUTCH_TIME)
                                                .toLocalDate(),
                                "sections", sections)));
        return pdf(html);
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

    private byte[] pdf(String html) {
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        // The template is ours and self-contained: nothing is fetched from elsewhere while rendering.
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        var regular = new File(fontDirectory, "DejaVuSans.ttf");
        var bold = new File(fontDirectory, "DejaVuSans-Bold.ttf");
        if (regular.canRead() && bold.canRead()) {
            builder.useFont(regular, FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(bold, FONT_FAMILY, 700, FontStyle.NORMAL, true);
            // PDF/UA needs every font embedded, which the built-in PDF fonts are not.
            builder.usePdfUaAccessibility(true);
        }
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
