package nl.eenplan.implementation.web;

import java.util.UUID;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.implementation.ChecklistNotFound;
import nl.eenplan.implementation.ChecklistTemplate;
import nl.eenplan.implementation.ChecklistTemplates;
import org.springframework.http.HttpHeaders;
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
 * IMP-3: the checklist templates through the API: read by staff and administrators (to choose one),
 * changed only by administrators (anyone else 404), each change on the template version in If-Match.
 */
@RestController
@RequestMapping("/api/v1/checklist-templates")
class ChecklistTemplateApiController {

    private final ChecklistTemplates templates;

    ChecklistTemplateApiController(ChecklistTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    ApiPage<ChecklistTemplate> all(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        staff(person);
        return paging.of(templates.all());
    }

    @SendsETag
    @GetMapping("/{templateId}")
    ResponseEntity<ChecklistTemplate> template(
            @PathVariable UUID templateId, @AuthenticationPrincipal AccountPrincipal person) {
        staff(person);
        return answer(templates.find(templateId));
    }

    @PostMapping("/{templateId}/items")
    ResponseEntity<ChecklistTemplate> add(
            @PathVariable UUID templateId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ChecklistRequests.TemplateItem request) {
        var seen = VersionTag.required(ifMatch);
        templates.addItem(templateId, person, seen.version(), request.section(), request.text());
        return answer(templates.find(templateId));
    }

    @PutMapping("/{templateId}/items/{itemId}")
    ResponseEntity<ChecklistTemplate> change(
            @PathVariable UUID templateId,
            @PathVariable UUID itemId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ChecklistRequests.TemplateItem request) {
        var seen = VersionTag.required(ifMatch);
        var position = request.position() == null ? positionOf(templateId, itemId) : request.position();
        templates.changeItem(templateId, itemId, person, seen.version(), request.section(), request.text(), position);
        return answer(templates.find(templateId));
    }

    @DeleteMapping("/{templateId}/items/{itemId}")
    ResponseEntity<Void> remove(
            @PathVariable UUID templateId,
            @PathVariable UUID itemId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var seen = VersionTag.required(ifMatch);
        var version = templates.removeItem(templateId, itemId, person, seen.version());
        return ResponseEntity.noContent().eTag(VersionTag.of(version).header()).build();
    }

    private int positionOf(UUID templateId, UUID itemId) {
        return templates.find(templateId).items().stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .map(ChecklistTemplate.TemplateItem::position)
                .orElse(1);
    }

    private static ResponseEntity<ChecklistTemplate> answer(ChecklistTemplate template) {
        return ResponseEntity.ok()
                .eTag(VersionTag.of(template.version()).header())
                .body(template);
    }

    private static void staff(AccountPrincipal person) {
        if (person.kind() == AccountKind.CITIZEN) {
            throw new ChecklistNotFound();
        }
    }
}
