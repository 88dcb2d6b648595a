package de.nrw.kim.network.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.network.internal.Agreement;
import de.nrw.kim.network.internal.AgreementFile;
import de.nrw.kim.network.internal.AgreementService;
import de.nrw.kim.network.internal.ConceptSection;
import de.nrw.kim.network.internal.ConceptSectionService;
import de.nrw.kim.network.internal.Eligibility;
import de.nrw.kim.network.internal.Input;
import de.nrw.kim.network.internal.TargetGroup;
import de.nrw.kim.network.internal.TargetGroupDraft;
import de.nrw.kim.network.internal.TargetGroupService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The municipality's KIM concept: target groups with eligibility rules, steering structure, partner agreements. */
@RestController
@RequestMapping("/api/v1/kim-concept")
@Tag(name = "KIM-Konzept")
class ConceptApiController {

	private final TargetGroupService groups;
	private final ConceptSectionService sections;
	private final AgreementService agreements;

	ConceptApiController(TargetGroupService groups, ConceptSectionService sections, AgreementService agreements) {
		this.groups = groups;
		this.sections = sections;
		this.agreements = agreements;
	}

	@GetMapping("/target-groups")
	@Operation(summary = "Zielgruppen mit Aufnahmeregeln (Koordination, Fallmanagement)")
	List<TargetGroup> targetGroups() {
		return groups.list();
	}

	@PostMapping("/target-groups")
	@Operation(summary = "Zielgruppe anlegen (Koordination)", description = "Mindestens eine Regel: arrivedWithinYears, minAge, maxAge; validFrom und source sind Pflicht.")
	ResponseEntity<TargetGroup> createTargetGroup(@RequestBody TargetGroupRequest request) {
		TargetGroup group = groups.create(request.draft());
		return ResponseEntity.created(URI.create("/api/v1/kim-concept/target-groups/" + group.id())).body(group);
	}

	@GetMapping("/target-groups/{id}")
	TargetGroup targetGroup(@PathVariable UUID id) {
		return groups.read(id);
	}

	@PutMapping("/target-groups/{id}")
	@Operation(summary = "Zielgruppe ändern (Koordination)", description = "Mit version; veraltet → 409 …/stale-version.")
	TargetGroup updateTargetGroup(@PathVariable UUID id, @RequestBody TargetGroupRequest request) {
		return groups.update(id, request.version(), request.draft());
	}

	@DeleteMapping("/target-groups/{id}")
	@Operation(summary = "Zielgruppe löschen (Koordination)")
	ResponseEntity<Void> deleteTargetGroup(@PathVariable UUID id) {
		groups.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/target-group-check")
	@Operation(summary = "Zielgruppenprüfung für den Fall (nur Hinweis, nie eine Sperre)",
			description = "outcome: NO_RULES, MATCH, NO_MATCH, UNKNOWN (Angabe fehlt); warn=true bei NO_MATCH und UNKNOWN. Protokolliert.")
	CheckResponse check(@RequestParam(required = false) String caseId) {
		Input in = new Input();
		UUID id = in.id("caseId", caseId, true, "Bitte den Fall angeben.");
		in.throwIfAny();
		Eligibility.Result result = groups.check(CaseId.of(id));
		return new CheckResponse(result.outcome(), result.warn(), result.matchingGroups(), result.checkedGroups(),
				List.copyOf(result.missing()));
	}

	@GetMapping("/sections")
	@Operation(summary = "Steuerungsstruktur: Textabschnitte in ihrer Reihenfolge")
	List<ConceptSection> sections() {
		return sections.list();
	}

	@PostMapping("/sections")
	@Operation(summary = "Abschnitt der Steuerungsstruktur anlegen (Koordination)")
	ResponseEntity<ConceptSection> createSection(@RequestBody SectionRequest request) {
		ConceptSection section = sections.create(text(request.position()), request.title(), request.body());
		return ResponseEntity.created(URI.create("/api/v1/kim-concept/sections/" + section.id())).body(section);
	}

	@GetMapping("/sections/{id}")
	ConceptSection section(@PathVariable UUID id) {
		return sections.read(id);
	}

	@PutMapping("/sections/{id}")
	@Operation(summary = "Abschnitt ändern (Koordination)", description = "Mit version; veraltet → 409.")
	ConceptSection updateSection(@PathVariable UUID id, @RequestBody SectionRequest request) {
		return sections.update(id, request.version(), text(request.position()), request.title(), request.body());
	}

	@DeleteMapping("/sections/{id}")
	ResponseEntity<Void> deleteSection(@PathVariable UUID id) {
		sections.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/agreements")
	@Operation(summary = "Kooperationsvereinbarungen mit ihren Dokumenten (ohne Inhalt)")
	List<Agreement> agreements() {
		return agreements.list();
	}

	@PostMapping("/agreements")
	@Operation(summary = "Kooperationsvereinbarung anlegen (Koordination)")
	ResponseEntity<Agreement> createAgreement(@RequestBody AgreementRequest request) {
		Agreement agreement = agreements.create(request.partnerId(), request.title(), request.body(), request.concludedOn(),
				request.validUntil());
		return ResponseEntity.created(URI.create("/api/v1/kim-concept/agreements/" + agreement.id())).body(agreement);
	}

	@GetMapping("/agreements/{id}")
	Agreement agreement(@PathVariable UUID id) {
		return agreements.read(id);
	}

	@PutMapping("/agreements/{id}")
	@Operation(summary = "Kooperationsvereinbarung ändern (Koordination)", description = "Mit version; veraltet → 409.")
	Agreement updateAgreement(@PathVariable UUID id, @RequestBody AgreementRequest request) {
		return agreements.update(id, request.version(), request.partnerId(), request.title(), request.body(),
				request.concludedOn(), request.validUntil());
	}

	@DeleteMapping("/agreements/{id}")
	@Operation(summary = "Kooperationsvereinbarung mit ihren Dokumenten löschen (Koordination)")
	ResponseEntity<Void> deleteAgreement(@PathVariable UUID id) {
		agreements.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/agreements/{id}/documents", consumes = "multipart/form-data")
	@Operation(summary = "PDF zur Vereinbarung hochladen (Koordination)", description = "Nur PDF (am Inhalt erkannt), höchstens 10 MB.")
	ResponseEntity<Agreement.Document> upload(@PathVariable UUID id, @RequestPart(name = "file", required = false) MultipartFile file)
			throws IOException {
		Agreement.Document document = agreements.upload(id, read(file));
		return ResponseEntity.created(URI.create("/api/v1/kim-concept/agreements/" + id + "/documents/" + document.id()))
				.body(document);
	}

	@GetMapping("/agreements/{id}/documents/{documentId}")
	@Operation(summary = "Dokument herunterladen", description = "Immer als Anhang, mit nosniff.")
	void download(@PathVariable UUID id, @PathVariable UUID documentId, HttpServletResponse response) throws IOException {
		AgreementDownloads.send(agreements.download(id, documentId), response);
	}

	@DeleteMapping("/agreements/{id}/documents/{documentId}")
	ResponseEntity<Void> deleteDocument(@PathVariable UUID id, @PathVariable UUID documentId) {
		agreements.deleteDocument(id, documentId);
		return ResponseEntity.noContent().build();
	}

	static AgreementFile read(MultipartFile file) throws IOException {
		return AgreementFile.of(file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	record TargetGroupRequest(String name, String description, Object arrivedWithinYears, Object minAge, Object maxAge,
			String validFrom, String validUntil, String source, Integer version) {

		TargetGroupDraft draft() {
			return new TargetGroupDraft(name, description, text(arrivedWithinYears), text(minAge), text(maxAge), validFrom,
					validUntil, source);
		}
	}

	record CheckResponse(Eligibility.Outcome outcome, boolean warn, List<String> matchingGroups, List<String> checkedGroups,
			List<Eligibility.MissingFact> missing) {
	}

	record SectionRequest(Object position, String title, String body, Integer version) {
	}

	record AgreementRequest(String partnerId, String title, String body, String concludedOn, String validUntil,
			Integer version) {
	}
}
