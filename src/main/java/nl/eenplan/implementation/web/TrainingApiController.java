package nl.eenplan.implementation.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountAdministration;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.StaffTraining;
import nl.eenplan.organisation.TrainingKind;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * IMP-5: a person's training records through the API, as the administrator's person page keeps them
 * ({@code /admin/people/{id}}): only administrators (anyone else 403), each read logged as the page's
 * {@code ACCOUNT_READ}, each change on the account version in If-Match and logged as the page's.
 */
@RestController
@RequestMapping("/api/v1/people/{accountId}/trainings")
class TrainingApiController {

    private final AccountAdministration administration;
    private final AccountDirectory accounts;
    private final StaffTraining training;

    TrainingApiController(AccountAdministration administration, AccountDirectory accounts, StaffTraining training) {
        this.administration = administration;
        this.accounts = accounts;
        this.training = training;
    }

    /** One completed training: which, and when. */
    record TrainingItem(TrainingKind kind, java.time.LocalDate completedOn) {}

    @SendsETag
    @GetMapping
    ResponseEntity<ApiPage<TrainingItem>> list(
            @PathVariable UUID accountId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal admin) {
        var paging = Paging.of(page, size);
        administrator(admin);
        var person = administration.open(admin.id(), accountId);
        return ResponseEntity.ok()
                .eTag(VersionTag.of(person.version()).header())
                .body(paging.of(items(accountId)));
    }

    /** Records a completed training; one already recorded gets the new date, as on the page. */
    @PostMapping
    ResponseEntity<TrainingItem> add(
            @PathVariable UUID accountId,
            @AuthenticationPrincipal AccountPrincipal admin,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TrainingRequests.NewTraining request) {
        administrator(admin);
        var seen = VersionTag.required(ifMatch);
        return record(accountId, admin, seen.version(), request.kind(), request.completedOn(), HttpStatus.CREATED);
    }

    /** Changes the date of a training, or records it when it was not yet. */
    @PutMapping("/{kind}")
    ResponseEntity<TrainingItem> change(
            @PathVariable UUID accountId,
            @PathVariable TrainingKind kind,
            @AuthenticationPrincipal AccountPrincipal admin,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TrainingRequests.TrainingDate request) {
        administrator(admin);
        var seen = VersionTag.required(ifMatch);
        return record(accountId, admin, seen.version(), kind, request.completedOn(), HttpStatus.OK);
    }

    /** Takes a training record away (recorded by mistake), as the page's remove button. */
    @DeleteMapping("/{kind}")
    ResponseEntity<Void> remove(
            @PathVariable UUID accountId,
            @PathVariable TrainingKind kind,
            @AuthenticationPrincipal AccountPrincipal admin,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        administrator(admin);
        var seen = VersionTag.required(ifMatch);
        training.remove(admin.id(), accountId, seen.version(), kind);
        return ResponseEntity.noContent().eTag(version(accountId)).build();
    }

    private ResponseEntity<TrainingItem> record(
            UUID accountId,
            AccountPrincipal admin,
            int version,
            TrainingKind kind,
            java.time.LocalDate completedOn,
            HttpStatus status) {
        // As the page: the person is opened (and the look logged), and only staff have trainings.
        if (administration.open(admin.id(), accountId).kind() != AccountKind.STAFF) {
            throw new TrainingApiProblems.Refused("training.staffOnly");
        }
        training.record(admin.id(), accountId, version, kind, completedOn);
        return ResponseEntity.status(status).eTag(version(accountId)).body(new TrainingItem(kind, completedOn));
    }

    private List<TrainingItem> items(UUID accountId) {
        return training.of(accountId).stream()
                .map(t -> new TrainingItem(t.kind(), t.completedOn()))
                .toList();
    }

    private String version(UUID accountId) {
        return VersionTag.of(accounts.find(accountId).orElseThrow().version()).header();
    }

    private static void administrator(AccountPrincipal person) {
        if (person.kind() != AccountKind.ADMINISTRATOR) {
            throw new TrainingApiProblems.NotAnAdministrator();
        }
    }
}
