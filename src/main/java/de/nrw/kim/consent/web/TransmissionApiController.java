package de.nrw.kim.consent.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.Transmission;
import de.nrw.kim.consent.internal.TransmissionService;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The transmission register for the municipal administrator. */
@RestController
@Tag(name = "Einwilligungen")
class TransmissionApiController {

	private final TransmissionService transmissions;

	TransmissionApiController(TransmissionService transmissions) {
		this.transmissions = transmissions;
	}

	@GetMapping("/api/v1/transmissions")
	@Operation(summary = "Übermittlungsverzeichnis (Administration der Kommune)",
			description = "Jede Übermittlung an andere Stellen mit Einwilligung oder Rechtsgrundlage, neueste zuerst; clientId filtert auf eine Person.")
	PageResult<TransmissionResponse> list(@RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return transmissions.list(clientId, Paging.of(page, size)).map(TransmissionResponse::of);
	}

	record TransmissionResponse(UUID id, UUID clientId, Instant transmittedAt, String transmittedBy, String recipientKind,
			String recipientId, String recipientName, List<DataCategory> dataCategories, UUID consentId, String legalBasis,
			Transmission.Occasion occasion, UUID occasionId) {

		static TransmissionResponse of(Transmission t) {
			return new TransmissionResponse(t.id(), t.clientId(), t.at(), t.by(), t.recipient().kind().name(),
					t.recipient().id(), t.recipientName(), t.categories().stream().sorted().toList(), t.consentId(),
					t.legalBasis(), t.occasion(), t.occasionId());
		}
	}
}
