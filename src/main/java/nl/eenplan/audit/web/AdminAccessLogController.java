package nl.eenplan.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.eenplan.audit.AccessLogExport;
import nl.eenplan.audit.AuditChain;
import nl.eenplan.audit.Checkpoints;
import nl.eenplan.audit.Download;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators find a household and export its access log, have the whole log checked
 * against its seals and signed checkpoints, and download the checkpoints. Exports and checks are logged.
 */
@Controller
@RequestMapping("/admin/access-log")
class AdminAccessLogController {

    private static final int MATCHES = 50;

    private final AccessLogExport export;
    private final AuditChain chain;
    private final Checkpoints checkpoints;

    AdminAccessLogController(AccessLogExport export, AuditChain chain, Checkpoints checkpoints) {
        this.export = export;
        this.chain = chain;
        this.checkpoints = checkpoints;
    }

    @GetMapping
    String page(@RequestParam(required = false) String q, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        var query = q == null ? null : q.strip();
        model.addAttribute("q", query);
        model.addAttribute(
                "households", query == null || query.isEmpty() ? List.of() : export.find(query, MATCHES, me));
        return "audit/admin-access-log";
    }

    @GetMapping("/{householdId}.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal me) {
        return HouseholdAccessLogController.download(export.csv(householdId, me));
    }

    @GetMapping("/{householdId}.json")
    ResponseEntity<byte[]> json(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal me) {
        return HouseholdAccessLogController.download(export.json(householdId, me));
    }

    /** the signed checkpoints of the log, as JSON lines, for an operator to keep elsewhere. */
    @GetMapping(value = "/checkpoints.jsonl")
    ResponseEntity<byte[]> checkpoints() {
        var lines = checkpoints.jsonLines(checkpoints.all());
        return HouseholdAccessLogController.download(
                new Download("checkpoints.jsonl", "application/jsonl", lines.getBytes(StandardCharsets.UTF_8)));
    }

    @PostMapping("/verify")
    String verify(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("verdict", chain.verifyFor(me.id()));
        return page(null, me, model);
    }
}
