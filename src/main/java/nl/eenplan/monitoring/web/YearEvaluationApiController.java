package nl.eenplan.monitoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.monitoring.Evaluations;
import nl.eenplan.monitoring.YearReports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * MON-1, MON-2: a municipality's yearly evaluation through the API, for the same people as its page (those
 * who may see the municipality's dashboard; anyone else 404): the findings read with their version in the
 * ETag and saved on the version in If-Match, and the report as PDF.
 */
@RestController
@RequestMapping("/api/v1/monitoring/municipalities/{municipalityId}/evaluations/{year}")
class YearEvaluationApiController {

    private final Evaluations evaluations;
    private final YearReports reports;
    private final YearReportPdf pdf;

    YearEvaluationApiController(Evaluations evaluations, YearReports reports, YearReportPdf pdf) {
        this.evaluations = evaluations;
        this.reports = reports;
        this.pdf = pdf;
    }

    @SendsETag
    @GetMapping
    ResponseEntity<EvaluationResource> findings(
            @PathVariable UUID municipalityId,
            @PathVariable int year,
            @AuthenticationPrincipal AccountPrincipal person) {
        var evaluation = evaluations.of(person.id(), municipalityId, year);
        return ResponseEntity.ok()
                .eTag(VersionTag.of(evaluation.version()).header())
                .body(EvaluationResource.of(evaluation));
    }

    @PutMapping
    ResponseEntity<EvaluationResource> save(
            @PathVariable UUID municipalityId,
            @PathVariable int year,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody EvaluationRequest body) {
        var seen = VersionTag.required(ifMatch);
        var version = evaluations.save(person.id(), municipalityId, year, seen.version(), body.findings());
        return ResponseEntity.ok()
                .eTag(VersionTag.of(version).header())
                .body(EvaluationResource.of(evaluations.of(person.id(), municipalityId, year)));
    }

    /** The report: cover, the year's figures with charts and tables, the year before, the findings. */
    @GetMapping(value = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> report(
            @PathVariable UUID municipalityId,
            @PathVariable int year,
            @AuthenticationPrincipal AccountPrincipal person,
            HttpServletRequest request) {
        var report = reports.of(person.id(), municipalityId, year);
        return download(pdf.render(report, ApiProblem.language(request)), year);
    }

    static ResponseEntity<byte[]> download(byte[] body, int year) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("jaarevaluatie-" + year + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
