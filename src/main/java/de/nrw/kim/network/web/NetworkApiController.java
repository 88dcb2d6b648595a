package de.nrw.kim.network.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.network.internal.Gap;
import de.nrw.kim.network.internal.GapDraft;
import de.nrw.kim.network.internal.GapService;
import de.nrw.kim.network.internal.GapStatus;
import de.nrw.kim.network.internal.Input;
import de.nrw.kim.network.internal.Meeting;
import de.nrw.kim.network.internal.Offer;
import de.nrw.kim.network.internal.OfferDraft;
import de.nrw.kim.network.internal.OfferService;
import de.nrw.kim.network.internal.SteeringService;
import de.nrw.kim.partner.LegalDomain;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Network and steering": offers, structural gaps, steering meetings. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Netzwerk und Steuerung")
class NetworkApiController {

	private final OfferService offers;
	private final GapService gaps;
	private final SteeringService steering;
	private final MinutesPdf minutes;

	NetworkApiController(OfferService offers, GapService gaps, SteeringService steering, MinutesPdf minutes) {
		this.offers = offers;
		this.gaps = gaps;
		this.steering = steering;
		this.minutes = minutes;
	}

	@PostMapping("/offers")
	@Operation(summary = "Angebot eines Partners anlegen (Koordination)")
	ResponseEntity<OfferResponse> createOffer(@RequestBody OfferRequest request) {
		Offer offer = offers.create(request.draft());
		return ResponseEntity.created(URI.create("/api/v1/offers/" + offer.id())).body(OfferResponse.of(offer, offers));
	}

	@GetMapping("/offers")
	@Operation(summary = "Angebote suchen", description = "domain (Handlungsfeld), language (ISO 639-1), q (Bezeichnung, Zielgruppe, Ort); paged.")
	PageResult<OfferResponse> searchOffers(@RequestParam(required = false) String domain,
			@RequestParam(required = false) String language, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Input in = new Input();
		LifeDomain d = in.choice("domain", domain, LifeDomain.class, false, null);
		in.throwIfAny();
		return offers.search(d, language, q, Paging.of(page, size)).map(o -> OfferResponse.of(o, offers));
	}

	@GetMapping("/offers/{id}")
	OfferResponse offer(@PathVariable UUID id) {
		return OfferResponse.of(offers.read(id), offers);
	}

	@PutMapping("/offers/{id}")
	@Operation(summary = "Angebot ändern (Koordination)", description = "Mit version; veraltet → 409 …/stale-version. Setzt das Prüfdatum auf heute, wenn keines angegeben ist.")
	OfferResponse updateOffer(@PathVariable UUID id, @RequestBody OfferRequest request) {
		return OfferResponse.of(offers.update(id, request.version(), request.draft()), offers);
	}

	@PostMapping("/offers/{id}/checked")
	@Operation(summary = "Angebot als aktuell bestätigen (Koordination): zuletzt geprüft = heute")
	OfferResponse checked(@PathVariable UUID id) {
		return OfferResponse.of(offers.markChecked(id), offers);
	}

	@DeleteMapping("/offers/{id}")
	@Operation(summary = "Angebot löschen (Koordination)")
	ResponseEntity<Void> deleteOffer(@PathVariable UUID id) {
		offers.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/structural-gaps")
	@Operation(summary = "Strukturelle Lücke melden (Fallmanagement)", description = "Ohne personenbezogene Daten; caseId bleibt der Koordination verborgen.")
	ResponseEntity<GapResponse> raise(@RequestBody GapRequest request) {
		Gap gap = gaps.raise(new GapDraft(request.domain(), request.legalDomain(), request.partnerId(), request.offerId(),
				request.description(), request.caseId()));
		return ResponseEntity.created(URI.create("/api/v1/structural-gaps/" + gap.id())).body(GapResponse.of(gap));
	}

	@PostMapping("/structural-gaps/{id}/support")
	@Operation(summary = "Lücke bestätigen (+1) statt sie doppelt zu melden")
	GapResponse support(@PathVariable UUID id) {
		return GapResponse.of(gaps.support(id));
	}

	@GetMapping("/structural-gaps")
	@Operation(summary = "Strukturelle Lücken", description = "Koordination: alle der Kommune; Fallmanagement: eigene (gemeldet oder bestätigt), mit scope=all alle zum Bestätigen.")
	PageResult<GapResponse> gaps(@RequestParam(required = false) String scope, @RequestParam(required = false) String status,
			@RequestParam(required = false) String domain, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Input in = new Input();
		GapStatus s = in.choice("status", status, GapStatus.class, false, null);
		LifeDomain d = in.choice("domain", domain, LifeDomain.class, false, null);
		in.throwIfAny();
		return gaps.list("all".equalsIgnoreCase(scope), s, d, Paging.of(page, size)).map(GapResponse::of);
	}

	@GetMapping("/structural-gaps/summary")
	@Operation(summary = "Lücken nach Handlungsfeld, Status und Partner (Koordination)")
	GapService.Summary summary() {
		return gaps.summary();
	}

	@GetMapping("/structural-gaps/{id}")
	GapResponse gap(@PathVariable UUID id) {
		return GapResponse.of(gaps.read(id));
	}

	@PatchMapping("/structural-gaps/{id}")
	@Operation(summary = "Status einer Lücke ändern (Koordination)", description = "resolution ist bei RESOLVED und DISMISSED Pflicht.")
	GapResponse changeStatus(@PathVariable UUID id, @RequestBody StatusRequest request) {
		return GapResponse.of(gaps.changeStatus(id, request.status(), request.resolution(), request.version()));
	}

	@PostMapping("/steering-meetings")
	@Operation(summary = "Sitzung der Lenkungsgruppe anlegen (Koordination)")
	ResponseEntity<Meeting> createMeeting(@RequestBody MeetingRequest request) {
		Meeting meeting = steering.create(request.on(), request.title());
		return ResponseEntity.created(URI.create("/api/v1/steering-meetings/" + meeting.id())).body(meeting);
	}

	@GetMapping("/steering-meetings")
	PageResult<Meeting> meetings(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return steering.list(Paging.of(page, size));
	}

	@GetMapping("/steering-meetings/{id}")
	Meeting meeting(@PathVariable UUID id) {
		return steering.read(id);
	}

	@PostMapping("/steering-meetings/{id}/items")
	@Operation(summary = "Tagesordnungspunkt anlegen", description = "Lücken in gapIds gehen in den Status IN_STEERING.")
	ResponseEntity<Meeting.Item> addItem(@PathVariable UUID id, @RequestBody ItemRequest request) {
		Meeting.Item item = steering.addItem(id, request.draft(), request.gapIds());
		return ResponseEntity.created(URI.create("/api/v1/steering-meetings/" + id)).body(item);
	}

	@PutMapping("/steering-meetings/{id}/items/{itemId}")
	@Operation(summary = "Beschluss, Verantwortung, Frist und Stand eines Tagesordnungspunkts ändern", description = "Mit version.")
	Meeting.Item updateItem(@PathVariable UUID id, @PathVariable UUID itemId, @RequestBody ItemRequest request) {
		return steering.updateItem(id, itemId, request.draft(), request.version());
	}

	@GetMapping("/steering-meetings/{id}/minutes")
	@Operation(summary = "Protokoll der Sitzung als PDF")
	ResponseEntity<byte[]> minutes(@PathVariable UUID id) {
		return pdf(steering, gaps, minutes, id);
	}

	static ResponseEntity<byte[]> pdf(SteeringService steering, GapService gaps, MinutesPdf minutes, UUID id) {
		Meeting meeting = steering.read(id);
		Map<UUID, Gap> byId = new java.util.HashMap<>();
		meeting.items().forEach(i -> i.gapIds().forEach(g -> byId.put(g, gaps.read(g))));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("protokoll-lenkungsgruppe-" + meeting.on() + ".pdf").build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(minutes.render(meeting, byId));
	}

	record OfferRequest(String partnerId, String title, String domain, List<String> languages, String targetGroup,
			String location, String openingHours, Object capacity, Object waitingWeeks, String cost, String accessibility,
			String lastCheckedOn, Integer version) {

		OfferDraft draft() {
			return new OfferDraft(partnerId, title, domain, languages, targetGroup, location, openingHours,
					capacity == null ? null : capacity.toString(), waitingWeeks == null ? null : waitingWeeks.toString(), cost,
					accessibility, lastCheckedOn);
		}
	}

	record OfferResponse(UUID id, UUID partnerId, String partnerName, String title, LifeDomain domain, List<String> languages,
			String targetGroup, String location, String openingHours, Integer capacity, Integer waitingWeeks, String cost,
			String accessibility, LocalDate lastCheckedOn, boolean stale, int version) {

		static OfferResponse of(Offer o, OfferService offers) {
			return new OfferResponse(o.id(), o.partnerId(), o.partnerName(), o.title(), o.domain(), o.languages(),
					o.targetGroup(), o.location(), o.openingHours(), o.capacity(), o.waitingWeeks(), o.cost(),
					o.accessibility(), o.lastCheckedOn(), o.isStale(offers.today(), offers.staleAfterDays()), o.version());
		}
	}

	record GapRequest(String domain, String legalDomain, String partnerId, String offerId, String description, String caseId) {
	}

	/** Deliberately without caseId and without who raised it: the coordination never learns the case or person. */
	record GapResponse(UUID id, LifeDomain domain, LegalDomain legalDomain, UUID partnerId, UUID offerId, String description,
			GapStatus status, String resolution, LocalDate raisedOn, int evidenceCount, boolean raisedByMe,
			boolean supportedByMe, int version) {

		static GapResponse of(Gap g) {
			return new GapResponse(g.id(), g.domain(), g.legalDomain(), g.partnerId(), g.offerId(), g.description(),
					g.status(), g.resolution(), g.raisedOn(), g.evidenceCount(), g.raisedByMe(), g.supportedByMe(), g.version());
		}
	}

	record StatusRequest(String status, String resolution, Integer version) {
	}

	record MeetingRequest(String on, String title) {
	}

	record ItemRequest(String title, List<String> gapIds, String decision, String responsiblePartnerId, String dueOn,
			String status, Integer version) {

		SteeringService.ItemDraft draft() {
			return new SteeringService.ItemDraft(title, decision, responsiblePartnerId, dueOn, status);
		}
	}

}
