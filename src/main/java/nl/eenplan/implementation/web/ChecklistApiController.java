package nl.eenplan.implementation.web;

import java.net.URI;
import java.util.UUID;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.implementation.ChecklistItem;
import nl.eenplan.implementation.ChecklistNotFound;
import nl.eenplan.implementation.Checklists;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * IMP-3: implementation checklists through the API, as on their pages: read by everyone with a role in
 * the organisation (anyone else 404), started and kept by its keepers (other readers 403); an item is
 * changed on the version in If-Match.
 */
@RestController
class ChecklistApiController {

    private final Checklists checklists;

    ChecklistApiController(Checklists checklists) {
        this.checklists = checklists;
    }

    @GetMapping("/api/v1/organisations/{organisationId}/implementation-checklists")
    ApiPage<ChecklistResource> of(
            @PathVariable UUID organisationId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        return paging.of(checklists.of(organisationId, person).stream()
                .map(c -> ChecklistResource.of(c, false))
                .toList());
    }

    @PostMapping("/api/v1/organisations/{organisationId}/implementation-checklists")
    ResponseEntity<ChecklistResource> start(
            @PathVariable UUID organisationId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestBody ChecklistRequests.Start request) {
        if (request.templateId() == null) {
            throw new ChecklistNotFound();
        }
        var id = checklists.start(organisationId, request.templateId(), person);
        return ResponseEntity.created(URI.create("/api/v1/implementation-checklists/" + id))
                .body(ChecklistResource.of(checklists.find(id, person), true));
    }

    @GetMapping("/api/v1/implementation-checklists/{checklistId}")
    ChecklistResource checklist(@PathVariable UUID checklistId, @AuthenticationPrincipal AccountPrincipal person) {
        return ChecklistResource.of(checklists.find(checklistId, person), true);
    }

    @SendsETag
    @GetMapping("/api/v1/implementation-checklists/{checklistId}/items/{itemId}")
    ResponseEntity<ChecklistItem> item(
            @PathVariable UUID checklistId,
            @PathVariable UUID itemId,
            @AuthenticationPrincipal AccountPrincipal person) {
        var item = find(checklistId, itemId, person);
        return ResponseEntity.ok().eTag(VersionTag.of(item.version()).header()).body(item);
    }

    @PutMapping("/api/v1/implementation-checklists/{checklistId}/items/{itemId}")
    ResponseEntity<ChecklistItem> changeItem(
            @PathVariable UUID checklistId,
            @PathVariable UUID itemId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ChecklistRequests.ItemChange request) {
        var seen = VersionTag.required(ifMatch);
        var version = checklists.changeItem(checklistId, itemId, person, seen.version(), request.change());
        return ResponseEntity.ok().eTag(VersionTag.of(version).header()).body(find(checklistId, itemId, person));
    }

    private ChecklistItem find(UUID checklistId, UUID itemId, AccountPrincipal person) {
        return checklists.find(checklistId, person).items().stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow(ChecklistNotFound::new);
    }
}
