package de.nrw.kim.retention.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.client.ClientRestrictions;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.retention.internal.RetentionPolicy;
import de.nrw.kim.retention.internal.RetentionRun;
import de.nrw.kim.retention.internal.RetentionService;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Löschkonzept and Sperrung for the municipal administrator (API.md "Platform", docs/api.md). */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Löschkonzept")
class RetentionApiController {

	private final RetentionService retention;
	private final ClientRestrictions restrictions;

	RetentionApiController(RetentionService retention, ClientRestrictions restrictions) {
		this.retention = retention;
		this.restrictions = restrictions;
	}

	@PostMapping("/retention/run")
	RunResponse run(@RequestBody(required = false) RunRequest request) {
		RunRequest r = request == null ? new RunRequest(null, null) : request;
		return RunResponse.of(retention.run(r.asOf(), r.dryRun()));
	}

	@GetMapping("/retention/policy")
	PolicyResponse policy() {
		return PolicyResponse.of(retention.policy());
	}

	@PutMapping("/retention/policy")
	PolicyResponse changePolicy(@RequestBody PolicyRequest request) {
		return PolicyResponse.of(retention.changePolicy(request.retentionYears(), request.legalBasis(), request.version()));
	}

	@GetMapping("/retention/runs")
	PageResult<RunResponse> runs(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return retention.report(Paging.of(page, size)).map(RunResponse::of);
	}

	@GetMapping("/retention/runs.csv")
	ResponseEntity<byte[]> runsCsv() {
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"loeschbericht.csv\"")
				.body(DeletionReportCsv.of(retention.fullReport()));
	}

	@GetMapping("/restrictions")
	List<ClientRestrictions.Restriction> restrictions() {
		return restrictions.list();
	}

	@PostMapping("/restrictions")
	ResponseEntity<ClientRestrictions.Restriction> restrict(@RequestBody RestrictionRequest request) {
		ClientRestrictions.Restriction restriction = restrictions.restrict(request.clientId(), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/admin/restrictions/" + restriction.clientId()))
				.body(restriction);
	}

	@DeleteMapping("/restrictions/{clientId}")
	ResponseEntity<Void> lift(@PathVariable UUID clientId) {
		restrictions.lift(clientId);
		return ResponseEntity.noContent().build();
	}

	record RunRequest(String asOf, Boolean dryRun) {
	}

	record RunResponse(UUID id, LocalDate asOf, boolean dryRun, int retentionYears, Instant startedAt, String startedBy,
			int anonymisedCases, int deletedClients, Map<String, Integer> erasedRecords) {
		static RunResponse of(RetentionRun run) {
			return new RunResponse(run.id(), run.asOf(), run.dryRun(), run.retentionYears(), run.startedAt(),
					run.startedBy(), run.anonymisedCases(), run.deletedClients(), run.erasedRecords());
		}
	}

	record PolicyRequest(Integer retentionYears, String legalBasis, Integer version) {
	}

	record PolicyResponse(int retentionYears, String legalBasis, Instant changedAt, String changedBy, int version,
			boolean standard) {
		static PolicyResponse of(RetentionPolicy p) {
			return new PolicyResponse(p.retentionYears(), p.legalBasis(), p.changedAt(), p.changedBy(), p.version(),
					p.standard());
		}
	}

	record RestrictionRequest(UUID clientId, String reason) {
	}
}
