package nl.eenplan.plan.safety.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.eenplan.plan.safety.SafetyContent;
import nl.eenplan.plan.safety.SafetyLine;
import nl.eenplan.plan.safety.SafetyPlan;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The safety plan's form (PL-6): its lines as rows, each list with spare empty rows to add to, and the
 * evaluation moments still to come; the plan's version guards against changes made meanwhile.
 */
public class SafetyForm {

    /** Empty rows offered below the filled ones. */
    static final int SPARE = 2;

    private Integer version;
    private List<Row> risks = new ArrayList<>();
    private List<Row> agreements = new ArrayList<>();
    private List<Row> watches = new ArrayList<>();
    private List<Row> calls = new ArrayList<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private List<LocalDate> moments = new ArrayList<>();

    /** One row: what, who, the participant it names, a phone number. */
    public static class Row {
        private String what;
        private String who;
        private UUID participantId;
        private String phone;

        static Row of(SafetyLine l) {
            var row = new Row();
            row.what = l.what();
            row.who = l.who();
            row.participantId = l.participantId();
            row.phone = l.phone();
            return row;
        }

        SafetyContent.Entry entry() {
            return new SafetyContent.Entry(what, who, participantId, phone);
        }

        public String getWhat() {
            return what;
        }

        public void setWhat(String what) {
            this.what = what;
        }

        public String getWho() {
            return who;
        }

        public void setWho(String who) {
            this.who = who;
        }

        public UUID getParticipantId() {
            return participantId;
        }

        public void setParticipantId(UUID participantId) {
            this.participantId = participantId;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }

    /** The form filled with the safety plan as it is, with spare rows. */
    static SafetyForm of(SafetyPlan s, int version) {
        var form = new SafetyForm();
        form.version = version;
        form.risks = rows(s.risks());
        form.agreements = rows(s.agreements());
        form.watches = rows(s.watches());
        form.calls = rows(s.calls());
        form.moments = new ArrayList<>(s.moments().stream()
                .filter(m -> !m.evaluated())
                .map(SafetyLine::dueOn)
                .toList());
        form.moments.add(null);
        return form;
    }

    SafetyContent content() {
        return new SafetyContent(entries(risks), entries(agreements), entries(watches), entries(calls), moments);
    }

    private static List<Row> rows(List<SafetyLine> lines) {
        var rows = new ArrayList<>(lines.stream().map(Row::of).toList());
        for (var i = 0; i < SPARE; i++) {
            rows.add(new Row());
        }
        return rows;
    }

    private static List<SafetyContent.Entry> entries(List<Row> rows) {
        return rows == null
                ? List.of()
                : rows.stream().filter(Objects::nonNull).map(Row::entry).toList();
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public List<Row> getRisks() {
        return risks;
    }

    public void setRisks(List<Row> risks) {
        this.risks = risks;
    }

    public List<Row> getAgreements() {
        return agreements;
    }

    public void setAgreements(List<Row> agreements) {
        this.agreements = agreements;
    }

    public List<Row> getWatches() {
        return watches;
    }

    public void setWatches(List<Row> watches) {
        this.watches = watches;
    }

    public List<Row> getCalls() {
        return calls;
    }

    public void setCalls(List<Row> calls) {
        this.calls = calls;
    }

    public List<LocalDate> getMoments() {
        return moments;
    }

    public void setMoments(List<LocalDate> moments) {
        this.moments = moments;
    }
}
