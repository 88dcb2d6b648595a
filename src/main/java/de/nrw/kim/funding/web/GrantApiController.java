package de.nrw.kim.funding.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.funding.domain.Application;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.Notice;
import de.nrw.kim.funding.domain.Pages;
import de.nrw.kim.funding.grant.GrantInput;
import de.nrw.kim.funding.grant.GrantService;
import de.nrw.kim.funding.grant.NoticePdf;
import de.nrw.kim.funding.grant.Notices;
import de.nrw.kim.funding.history.FundingHistory;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ValidationException;
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

/** API.md "Funding": applications, decisions, notices and payments. */
@RestController
@RequestMapping("/api/v1/funding")
@Tag(name = "Förderung – Anträge und Bescheide")
class GrantApiController {

	private final GrantService grants;
	private final NoticePdf noticePdf;

	GrantApiController(GrantService grants, NoticePdf noticePdf) {
		this.grants = grants;
		this.noticePdf = noticePdf;
	}

	@PostMapping("/applications")
	ResponseEntity<GrantViews.ApplicationResponse> create(@RequestBody GrantViews.ApplicationRequest request) {
		Application created = grants.create(request.validate(null));
		return ResponseEntity.created(URI.create("/api/v1/funding/applications/" + created.id())).body(view(created));
	}

	@GetMapping("/applications")
	PageResult<GrantViews.ApplicationResponse> list(@RequestParam(required = false) String municipalityKey,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Application.Status status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Paging paging = Paging.of(page, size);
		List<Application> all = grants.list(key(municipalityKey), year, status);
		return Pages.of(all, paging).map(this::view);
	}

	@GetMapping("/applications/{id}")
	GrantViews.ApplicationResponse get(@PathVariable UUID id) {
		return view(grants.get(id));
	}

	@PutMapping("/applications/{id}")
	GrantViews.ApplicationResponse update(@PathVariable UUID id, @RequestBody GrantViews.ApplicationRequest request) {
		if (request.version() == null) {
			throw new ValidationException("version", "Bitte die Version mitsenden, die Sie zuletzt gelesen haben.");
		}
		Application current = grants.get(id);
		return view(grants.update(id, request.version(), request.validate(current.year())));
	}

	@PostMapping("/applications/{id}/submit")
	GrantViews.ApplicationResponse submit(@PathVariable UUID id) {
		return view(grants.submit(id));
	}

	@PostMapping("/applications/{id}/return")
	GrantViews.ApplicationResponse returnForCorrection(@PathVariable UUID id, @RequestBody ReturnRequest request) {
		return view(grants.returnForCorrection(id, request.reason()));
	}

	@PostMapping("/applications/{id}/decide")
	ResponseEntity<GrantViews.NoticeResponse> decide(@PathVariable UUID id, @RequestBody DecisionRequest request) {
		Notice notice = grants.decide(id, request.validate());
		return ResponseEntity.created(URI.create("/api/v1/funding/notices/" + notice.id()))
				.body(GrantViews.NoticeResponse.of(notice, Money.ZERO));
	}

	@GetMapping("/applications/{id}/history")
	PageResult<FundingHistory.Change> history(@PathVariable UUID id) {
		return Pages.all(grants.history(id));
	}

	@GetMapping("/notices")
	PageResult<GrantViews.NoticeResponse> notices(@RequestParam(required = false) String municipalityKey,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return Pages.of(grants.notices(key(municipalityKey), year), Paging.of(page, size))
				.map(n -> GrantViews.NoticeResponse.of(n, grants.paidOn(n)));
	}

	@GetMapping("/notices/{id}")
	GrantViews.NoticeResponse notice(@PathVariable UUID id) {
		Notice notice = grants.notice(id);
		return GrantViews.NoticeResponse.of(notice, grants.paidOn(notice));
	}

	@GetMapping("/notices/{id}/pdf")
	ResponseEntity<byte[]> noticePdf(@PathVariable UUID id) {
		Notice notice = grants.notice(id);
		return PermanenceApiController.pdf(noticePdf.render(id), "zuwendungsbescheid-" + notice.referenceNumber() + ".pdf");
	}

	@GetMapping("/notices/{id}/payments")
	List<GrantViews.PaymentResponse> payments(@PathVariable UUID id) {
		return grants.payments(id).stream().map(GrantViews.PaymentResponse::of).toList();
	}

	@PostMapping("/payments")
	ResponseEntity<GrantViews.PaymentResponse> pay(@RequestBody PaymentRequest request) {
		Inputs inputs = new Inputs();
		inputs.required("noticeId", request.noticeId());
		inputs.required("on", request.on());
		Money amount = inputs.money("amount", request.amount(), true);
		if (amount != null && !amount.isPositive()) {
			inputs.error("amount", "Eine Auszahlung ist größer als 0 €.");
		}
		inputs.throwIfAny();
		Notices.Payment payment = grants.pay(request.noticeId(), request.on(), amount);
		return ResponseEntity.created(URI.create("/api/v1/funding/notices/" + payment.noticeId() + "/payments"))
				.body(GrantViews.PaymentResponse.of(payment));
	}

	private GrantViews.ApplicationResponse view(Application application) {
		return GrantViews.ApplicationResponse.of(application, grants.amounts(application),
				grants.noticeOf(application).orElse(null), grants.today());
	}

	private static MunicipalityKey key(String value) {
		return value == null ? null : PositionApiController.parseKey(value);
	}

	record ReturnRequest(String reason) {
	}

	record PaymentRequest(UUID noticeId, LocalDate on, BigDecimal amount) {
	}

	record DecisionRequest(Notice.Decision decision, BigDecimal approvedAmount, Map<String, BigDecimal> byModule,
			String reason, String conditions) {

		GrantInput.Decision validate() {
			Inputs inputs = new Inputs();
			inputs.required("decision", decision);
			Money approved = approvedAmount == null ? null : inputs.money("approvedAmount", approvedAmount, false);
			Map<Module, Money> modules = new EnumMap<>(Module.class);
			if (byModule != null) {
				byModule.forEach((key, value) -> {
					Module m = Module.ofNumber(parse(key)).orElse(null);
					if (m == null) {
						inputs.error("byModule." + key, "Baustein 1, 2 oder 3.");
					} else {
						Money amount = inputs.money("byModule." + key, value, true);
						if (amount != null) {
							modules.put(m, amount);
						}
					}
				});
			}
			String why = inputs.text("reason", reason, 2000, false);
			String terms = inputs.text("conditions", conditions, 10000, false);
			inputs.throwIfAny();
			return new GrantInput.Decision(decision, approved, modules, why, terms);
		}

		private static Integer parse(String key) {
			try {
				return Integer.valueOf(key);
			} catch (NumberFormatException e) {
				return null;
			}
		}
	}
}
