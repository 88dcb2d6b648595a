package de.nrw.kim.platform.audit;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit viewer of the municipal administrator (the data-protection officer's tool): the entries of
 * the own municipality, oldest first, filterable by client, and a check of the whole hash chain.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize(Authorities.MUNICIPAL_ADMIN)
class AuditPageController {

	/** Times are stored in UTC and shown as the office sees them. */
	static final ZoneId OFFICE_TIME = ZoneId.of("Europe/Berlin");

	private final JdbcAuditTrail auditTrail;

	AuditPageController(JdbcAuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	@GetMapping
	String list(@RequestParam(required = false) String clientId, @RequestParam(required = false) Integer page,
			Model model) {
		String filter = clientId == null ? "" : clientId.trim();
		model.addAttribute("clientId", filter);
		UUID client = null;
		if (!filter.isEmpty()) {
			client = parse(filter);
			if (client == null) {
				model.addAttribute("clientIdError", "audit.filter.invalid");
				return "platform/audit";
			}
		}
		Paging paging = Paging.of(page == null ? 0 : Math.max(0, page), null);
		PageResult<AuditRow> entries = auditTrail.find(client, paging).map(AuditRow::of);
		model.addAttribute("entries", entries);
		model.addAttribute("baseUrl", client == null ? "/audit" : "/audit?clientId=" + client);
		return "platform/audit";
	}

	/** Without htmx the whole page comes back with the result; with htmx only the result. */
	@GetMapping("/verify")
	String verify(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("verification", auditTrail.verify());
		if ("true".equals(htmx)) {
			return "platform/audit :: verification";
		}
		return list(null, null, model);
	}

	private static UUID parse(String value) {
		try {
			UUID uuid = UUID.fromString(value);
			// UUID.fromString also accepts short forms like "1-2-3-4-5"; only the canonical form is an ID
			return uuid.toString().equalsIgnoreCase(value) ? uuid : null;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** One line of the table, with the time in office time and the hash shortened for the eye. */
	record AuditRow(long seq, ZonedDateTime at, String actor, AuditAction action, String entityType, UUID entityId,
			UUID clientId, String purpose, String hash, String shortHash) {

		static AuditRow of(AuditEntry e) {
			return new AuditRow(e.seq(), e.at().atZone(OFFICE_TIME), e.actor(), e.action(), e.entityType(),
					e.entityId(), e.clientId(), e.purpose(), e.hash(), e.hash().substring(0, Math.min(12, e.hash().length())));
		}
	}
}
