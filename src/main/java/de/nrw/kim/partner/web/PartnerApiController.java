package de.nrw.kim.partner.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.partner.LegalDomain;
import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.PartnerStatus;
import de.nrw.kim.partner.PartnerType;
import de.nrw.kim.partner.internal.PartnerDraft;
import de.nrw.kim.partner.internal.PartnerService;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Partners, consent, referrals": network partners of the caller's municipality. */
@RestController
@RequestMapping("/api/v1/partners")
@Tag(name = "Netzwerkpartner")
class PartnerApiController {

	private final PartnerService partners;

	PartnerApiController(PartnerService partners) {
		this.partners = partners;
	}

	@PostMapping
	@Operation(summary = "Partner anlegen oder vorschlagen",
			description = "Koordination: angelegt als CONFIRMED; Fallmanagement: als Vorschlag (PROPOSED), bis die Koordination bestätigt.")
	ResponseEntity<PartnerResponse> create(@RequestBody PartnerRequest request) {
		Partner partner = partners.create(request.draft());
		return ResponseEntity.created(URI.create("/api/v1/partners/" + partner.id())).body(PartnerResponse.of(partner));
	}

	@GetMapping
	@Operation(summary = "Partner der Kommune", description = "Filter: type, legalDomain, status, name (Teil des Namens); nach Name sortiert.")
	PageResult<PartnerResponse> list(@RequestParam(required = false) String type,
			@RequestParam(required = false) String legalDomain, @RequestParam(required = false) String status,
			@RequestParam(required = false) String name, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return partners.list(parse(PartnerType.class, "type", type), parse(LegalDomain.class, "legalDomain", legalDomain),
				parse(PartnerStatus.class, "status", status), name, Paging.of(page, size)).map(PartnerResponse::of);
	}

	@GetMapping("/{id}")
	PartnerResponse get(@PathVariable UUID id) {
		return PartnerResponse.of(partners.read(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Partner ändern (Koordination)", description = "Mit version; veraltet → 409 …/stale-version.")
	PartnerResponse update(@PathVariable UUID id, @RequestBody PartnerRequest request) {
		return PartnerResponse.of(partners.update(id, request.version(), request.draft()));
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "Vorgeschlagenen Partner bestätigen (Koordination)")
	PartnerResponse confirm(@PathVariable UUID id) {
		return PartnerResponse.of(partners.confirm(id));
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "Benutzerkonten (Rolle PARTNER), die für diesen Partner arbeiten")
	List<String> members(@PathVariable UUID id) {
		return partners.members(id);
	}

	@PostMapping("/{id}/members")
	@Operation(summary = "Benutzerkonto mit dem Partner verknüpfen", description = "{\"username\"}; Koordination oder Administration der Kommune.")
	ResponseEntity<Void> link(@PathVariable UUID id, @RequestBody MemberRequest request) {
		partners.link(id, request.username());
		return ResponseEntity.noContent().build();
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new ValidationException(field, "Unbekannter Wert: " + value.strip());
		}
	}

	record MemberRequest(String username) {
	}

	record AddressBody(String street, String postalCode, String city) {
	}

	record PartnerRequest(String name, String type, List<String> legalDomains, AddressBody address, String email,
			String phone, List<PartnerDraft.ContactDraft> contacts, Integer version) {

		PartnerDraft draft() {
			AddressBody a = address == null ? new AddressBody(null, null, null) : address;
			return new PartnerDraft(name, type, legalDomains, a.street(), a.postalCode(), a.city(), email, phone, contacts);
		}
	}

	record PartnerResponse(UUID id, String name, PartnerType type, Set<LegalDomain> legalDomains, PartnerStatus status,
			Partner.Address address, String email, String phone, List<Partner.Contact> contacts, String municipalityKey,
			int version) {

		static PartnerResponse of(Partner p) {
			return new PartnerResponse(p.id(), p.name(), p.type(), p.legalDomains(), p.status(), p.address(), p.email(),
					p.phone(), p.contacts(), p.municipality().value(), p.version());
		}
	}
}
