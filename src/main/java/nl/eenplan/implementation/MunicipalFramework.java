package nl.eenplan.implementation;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.eenplan.home.FieldRules;

/**
 * IMP-1: a municipality's frameworks for the method, for youth care (Jeugd) and social support (Wmo)
 * apart: its policy, how case and process coordination are assigned, and how coordination is funded.
 */
public record MunicipalFramework(
        String youthPolicy,
        String youthCoordination,
        String youthFunding,
        String wmoPolicy,
        String wmoCoordination,
        String wmoFunding) {

    /** Every text stripped; a missing text is empty. */
    public MunicipalFramework {
        youthPolicy = clean(youthPolicy);
        youthCoordination = clean(youthCoordination);
        youthFunding = clean(youthFunding);
        wmoPolicy = clean(wmoPolicy);
        wmoCoordination = clean(wmoCoordination);
        wmoFunding = clean(wmoFunding);
    }

    /** A municipality that recorded nothing yet. */
    public static MunicipalFramework empty() {
        return new MunicipalFramework("", "", "", "", "", "");
    }

    /** The texts by field name, in the order of the fact sheet's table. */
    public Map<String, String> fields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("youthPolicy", youthPolicy);
        fields.put("youthCoordination", youthCoordination);
        fields.put("youthFunding", youthFunding);
        fields.put("wmoPolicy", wmoPolicy);
        fields.put("wmoCoordination", wmoCoordination);
        fields.put("wmoFunding", wmoFunding);
        return fields;
    }

    /** The field names whose text is too long or holds characters nobody types; empty when all is well. */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        fields().forEach((field, text) -> {
            if (text.length() > FieldRules.TEXT) {
                problems.put(field, "implementation.framework.tooLong");
            } else if (!FieldRules.isText(text, true)) {
                problems.put(field, "implementation.framework.notText");
            }
        });
        return problems;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
