package nl.eenplan.plan;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Viewer;
import nl.eenplan.document.PdfDocuments;
import nl.eenplan.notification.Mailer;
import nl.eenplan.notification.OutgoingMail;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Copies of an established version (PL-9): a PDF for the household to print, and sending the
 * version round by e-mail to the participants the household chose (H-3). The mail holds a link
 * only, never personal data (C-7).
 */
@Service
public class PlanCopies {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final PlanVersions versions;
    private final Plans plans;
    private final Team team;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditLog audit;
    private final ITemplateEngine templates;
    private final Clock clock;
    private final String baseUrl;
    private final PdfDocuments pdfs;
    private final EarlierPlans earlier;

    PlanCopies(
            PlanVersions versions,
            Plans plans,
            Team team,
            Mailer mailer,
            MessageSource messages,
            AuditLog audit,
            ITemplateEngine templates,
            Clock clock,
            @Value("${eenplan.base-url}") String baseUrl,
            PdfDocuments pdfs,
            EarlierPlans earlier) {
        this.versions = versions;
        this.earlier = earlier;
        this.plans = plans;
        this.team = team;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.templates = templates;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.pdfs = pdfs;
    }

    /** PL-4: draws the charts of frozen sections in the PDF copy. */
    private FrozenCharts charts;

    @org.springframework.beans.factory.annotation.Autowired
    void drawChartsWith(FrozenCharts charts) {
        this.charts = charts;
    }

    /** PL-9: an established version as a PDF, as far as this viewer may see it; logged once. */
    @Transactional
    public byte[] pdf(UUID householdId, Viewer viewer, int number, Locale locale) {
        viewer.seeingPlan();
        return pdf(plans.current(householdId).orElseThrow(PlanNotFound::new), viewer, number, locale);
    }

    /** H-4: a version of one of the household's earlier plans as a PDF, as {@link #pdf} gives it; logged once. */
    @Transactional
    public byte[] earlierPdf(UUID householdId, Viewer viewer, UUID planId, int number, Locale locale) {
        return pdf(earlier.plan(householdId, viewer, planId), viewer, number, locale);
    }

    private byte[] pdf(Plan plan, Viewer viewer, int number, Locale locale) {
        var householdId = plan.householdId();
        var snapshot = versions.snapshot(plan, viewer, number);
        var html = templates.process(
                "plan/plan-pdf",
                new Context(
                        locale,
                        Map.of(
                                "version",
                                snapshot,
                                "establishedOn",
                                snapshot.establishedAt().atZone(DutchTime.ZONE).toLocalDate(),
                                "full",
                                viewer.seesTab1(),
                                // PL-4: the PDF's template engine has no beans; it draws charts with this one.
                                "frozenCharts",
                                charts)));
        audit.record(new AuditEvent(
                        viewer.accountId(),
                        null,
                        "PLAN_PDF_DOWNLOADED",
                        "plan",
                        plan.id().toString(),
                        householdId,
                        "version " + number)
                .on(viewer.accessBasis()));
        return pdfs.render(html);
    }

    /**
     * PL-9, H-3: mails every participant who receives a copy and has an e-mail address a link to
     * the version, and records each copy. Only viewers who may edit the plan send it round.
     *
     * @return how many participants were mailed
     */
    @Transactional
    public int sendRound(UUID householdId, Viewer viewer, int number) {
        if (!viewer.seeingPlan().mayEdit()) {
            throw new PlanNotFound();
        }
        var plan = plans.current(householdId).orElseThrow(PlanNotFound::new);
        if (plans.version(plan.id(), number).isEmpty()) {
            throw new PlanNotFound();
        }
        var link = baseUrl + "/households/" + householdId + "/plan/versions/" + number;
        var subject = messages.getMessage("mail.planCopy.subject", null, DUTCH);
        var body = messages.getMessage("mail.planCopy.body", new Object[] {link}, DUTCH);
        var recipients = team.of(householdId).stream()
                .filter(Participant::receivesCopy)
                .filter(p -> p.email() != null)
                .toList();
        var now = clock.instant();
        for (var recipient : recipients) {
            mailer.send(new OutgoingMail(recipient.email(), subject, body));
            plans.recordCopy(plan.id(), number, recipient.id(), now, viewer.accountId());
        }
        audit.record(new AuditEvent(
                        viewer.accountId(),
                        null,
                        "PLAN_SENT_ROUND",
                        "plan",
                        plan.id().toString(),
                        householdId,
                        "version " + number + " to " + recipients.size())
                .on(viewer.accessBasis()));
        return recipients.size();
    }
}
