package de.nrw.kim.platform.audit;

import java.time.Instant;
import java.util.UUID;

import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the municipal administrator (data-protection officer). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Protokoll")
@PreAuthorize(Authorities.MUNICIPAL_ADMIN)
class AuditController {

	private final JdbcAuditTrail auditTrail;

	AuditController(JdbcAuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	@GetMapping
	PageResult<AuditEventResponse> list(@RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return auditTrail.find(clientId, Paging.of(page, size)).map(AuditEventResponse::of);
	}

	@GetMapping("/verify")
	VerifyResponse verify() {
		JdbcAuditTrail.Verification verification = auditTrail.verify();
		return new VerifyResponse(verification.valid(), verification.checked(), verification.firstBrokenSeq());
	}

	record AuditEventResponse(long seq, Instant at, String actor, AuditAction action, String entityType, UUID entityId,
			UUID clientId, String purpose, String hash, String previousHash) {

		static AuditEventResponse of(AuditEntry e) {
			return new AuditEventResponse(e.seq(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(),
					e.clientId(), e.purpose(), e.hash(), e.previousHash());
		}
	}

	record VerifyResponse(boolean valid, long checked, Long firstBrokenSeq) {
	}
}
