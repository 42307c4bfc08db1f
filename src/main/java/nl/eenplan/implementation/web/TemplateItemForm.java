package nl.eenplan.implementation.web;

/** IMP-3: an item of a checklist template as typed by an administrator, with the template version he saw. */
record TemplateItemForm(String section, String text, String position, String version) {

    int seenVersion() {
        return FormVersions.parse(version);
    }

    /** The place typed (counted from 1), or the fallback when none could be read. */
    int place(int fallback) {
        var parsed = FormVersions.parse(position);
        return parsed < 1 ? fallback : parsed;
    }
}
