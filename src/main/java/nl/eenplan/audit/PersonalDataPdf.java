package nl.eenplan.audit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import nl.eenplan.calendar.DutchMoments;
import nl.eenplan.document.PdfDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.JsonNode;

/**
 * The printable form of a personal-data copy: the same data as the JSON copy, read as a
 * document. Each module's section has a heading and says why EenPlan keeps it; each item of a list has
 * its own heading; codes are said in words through the message bundle ({@code audit.data.value.*});
 * dates and moments are shown in Dutch time in EenPlan's one format ({@link DutchMoments}); empty fields
 * are left out. Who used the data comes first, from the access log.
 */
@Component
class PersonalDataPdf {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataPdf.class);
    private static final Pattern MOMENT =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern TIME = Pattern.compile("\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    /** Fields whose value names an item of a list best, in this order. */
    private static final List<String> TITLES =
            List.of("title", "what", "purpose", "agreement", "aimOfSharing", "name", "coordinator", "about");
    /** The frozen text of an established version repeats the plan; the JSON copy holds it whole. */
    private static final Set<String> ONLY_IN_JSON = Set.of("snapshot");

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final PdfDocuments pdfs;

    PersonalDataPdf(ITemplateEngine templates, MessageSource messages, PdfDocuments pdfs) {
        this.templates = templates;
        this.messages = messages;
        this.pdfs = pdfs;
    }

    /** A part of the document: a heading (level 2 to 5), why it is kept, its facts and its parts. */
    public record Block(String heading, int level, String why, List<Row> rows, List<Block> blocks) {}

    /** One fact: a label and its value in words. */
    public record Row(String label, String value) {}

    byte[] render(PersonalDataCopy copy, JsonNode tree, List<PersonalDataReaders.Reader> readers, Locale locale) {
        var sections = new ArrayList<Block>();
        tree.get("sections").properties().forEach(section -> {
            var name = section.getKey();
            var block = block(label("audit.data.section.", name, locale), 2, section.getValue(), locale);
            sections.add(new Block(
                    block.heading(),
                    2,
                    messages.getMessage("audit.pdf.why." + name, null, null, locale),
                    block.rows(),
                    block.blocks()));
        });
        var html = templates.process(
                "audit/personal-data-pdf",
                new Context(locale, Map.of("copy", copy, "readers", readers, "sections", sections)));
        return pdfs.render(html);
    }

    private Block block(String heading, int level, JsonNode node, Locale locale) {
        var rows = new ArrayList<Row>();
        var blocks = new ArrayList<Block>();
        if (node.isObject()) {
            node.properties().forEach(p -> add(p.getKey(), p.getValue(), level, rows, blocks, locale));
        }
        return new Block(heading, level, null, rows, blocks);
    }

    private void add(String field, JsonNode value, int level, List<Row> rows, List<Block> blocks, Locale locale) {
        var label = label("audit.data.field.", field, locale);
        if (ONLY_IN_JSON.contains(field)) {
            rows.add(new Row(label, text("audit.pdf.onlyInJson", locale)));
        } else if (value.isNull() || (value.isString() && value.asString().isBlank())) {
            return;
        } else if (value.isArray() && value.isEmpty()) {
            rows.add(new Row(label, text("audit.pdf.none", locale)));
        } else if (value.isArray()
                && StreamSupport.stream(value.spliterator(), false).noneMatch(JsonNode::isContainer)) {
            var words = StreamSupport.stream(value.spliterator(), false)
                    .map(v -> value(field, v, locale))
                    .toList();
            rows.add(new Row(label, String.join(", ", words)));
        } else if (value.isArray()) {
            var number = 1;
            for (var item : value.values()) {
                blocks.add(
                        item.isContainer()
                                ? block(
                                        itemHeading(field, number, item, label, locale),
                                        Math.min(level + 1, 5),
                                        item,
                                        locale)
                                : new Block(
                                        label + " " + number,
                                        Math.min(level + 1, 5),
                                        null,
                                        List.of(new Row(label, value(field, item, locale))),
                                        List.of()));
                number++;
            }
        } else if (value.isObject()) {
            blocks.add(block(label, Math.min(level + 1, 5), value, locale));
        } else {
            rows.add(new Row(label, value(field, value, locale)));
        }
    }

    private String itemHeading(String field, int number, JsonNode item, String label, Locale locale) {
        var title = TITLES.stream()
                .map(item::get)
                .filter(v -> v != null && v.isString() && !v.asString().isBlank())
                .map(v -> v.asString())
                .findFirst();
        var numbered =
                messages.getMessage("audit.data.item." + field, new Object[] {number}, label + " " + number, locale);
        return title.map(t -> numbered + ": " + t).orElse(numbered);
    }

    /** A value in words: yes or no, a date or moment in Dutch time, a code through the bundle. */
    String value(String field, JsonNode value, Locale locale) {
        if (value.isBoolean()) {
            return text(value.booleanValue() ? "audit.data.yes" : "audit.data.no", locale);
        }
        var raw = value.asString();
        var moments = DutchMoments.in(locale);
        if (MOMENT.matcher(raw).matches()) {
            return moments.dateTime(OffsetDateTime.parse(raw).toInstant());
        }
        if (DATE.matcher(raw).matches()) {
            return moments.date(LocalDate.parse(raw));
        }
        if (TIME.matcher(raw).matches()) {
            return moments.time(LocalTime.parse(raw));
        }
        if (value.isString() && CODE.matcher(raw).matches()) {
            return code(field, raw, locale);
        }
        return raw;
    }

    private String code(String field, String code, Locale locale) {
        var specific = messages.getMessage("audit.data.value." + field + "." + code, null, null, locale);
        if (specific != null) {
            return specific;
        }
        var general = messages.getMessage("audit.data.value." + code, null, null, locale);
        if (general != null) {
            return general;
        }
        log.warn("No words for code {} of field {} in the personal-data copy", code, field);
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String label(String prefix, String name, Locale locale) {
        return messages.getMessage(prefix + name, null, name, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
