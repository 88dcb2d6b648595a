package de.nrw.kim.funding.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.proof.FactualFigures;
import de.nrw.kim.funding.proof.FactualReports;
import de.nrw.kim.funding.proof.ProofOfUsePdf;
import de.nrw.kim.funding.proof.ProofOfUseService;
import de.nrw.kim.funding.proof.StoredProof;
import de.nrw.kim.funding.rules.PositionAmount;
import de.nrw.kim.funding.rules.ProofOfUseCalculation;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Funding": the numerical proof of use of a municipality for a year. */
@RestController
@RequestMapping("/api/v1/funding/proofs-of-use")
@Tag(name = "Förderung – Verwendungsnachweis")
class ProofOfUseApiController {

	private final ProofOfUseService proofs;
	private final FactualReports factualReports;
	private final ProofOfUsePdf pdf;

	ProofOfUseApiController(ProofOfUseService proofs, FactualReports factualReports, ProofOfUsePdf pdf) {
		this.proofs = proofs;
		this.factualReports = factualReports;
		this.pdf = pdf;
	}

	@PostMapping
	ProofResponse compute(@RequestBody ProofRequest request) {
		Inputs inputs = new Inputs();
		if (request.municipalityKey() == null || !MunicipalityKey.isValid(request.municipalityKey())) {
			inputs.error("municipalityKey", "Bitte einen gültigen Kreisschlüssel angeben, z. B. 05315.");
		}
		if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
			inputs.error("year", "Bitte das Jahr angeben, z. B. 2025.");
		}
		inputs.throwIfAny();
		MunicipalityKey key = MunicipalityKey.of(request.municipalityKey());
		return ProofResponse.of(key, proofs.compute(key, request.year()));
	}

	@GetMapping("/{municipalityKey}/{year}")
	StoredResponse stored(@PathVariable String municipalityKey, @PathVariable int year) {
		MunicipalityKey key = PositionApiController.parseKey(municipalityKey);
		return withFigures(proofs.stored(key, year)
				.orElseThrow(() -> new NotFoundException("Der Verwendungsnachweis " + year)));
	}

	/** The proof of use as a formal PDF: the stored one (frozen once submitted), or a preview of the computation. */
	@GetMapping("/{municipalityKey}/{year}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String municipalityKey, @PathVariable int year) {
		MunicipalityKey key = PositionApiController.parseKey(municipalityKey);
		return PermanenceApiController.pdf(pdf.render(key, year), "verwendungsnachweis-" + key.value() + "-" + year + ".pdf");
	}

	/** A draft shows the figures of the factual report as they are now; a submitted one those it was submitted with. */
	private StoredResponse withFigures(StoredProof p) {
		return StoredResponse.of(p, p.figures() != null ? p.figures() : factualReports.current(p.municipality(), p.year()));
	}

	@PutMapping("/{municipalityKey}/{year}")
	StoredResponse save(@PathVariable String municipalityKey, @PathVariable int year, @RequestBody SaveRequest request) {
		Inputs inputs = new Inputs();
		String report = inputs.text("factualReport", request.factualReport(), 20000, false);
		inputs.throwIfAny();
		return withFigures(proofs.save(PositionApiController.parseKey(municipalityKey), year, report, request.version()));
	}

	@PostMapping("/{municipalityKey}/{year}/submit")
	StoredResponse submit(@PathVariable String municipalityKey, @PathVariable int year) {
		return withFigures(proofs.submit(PositionApiController.parseKey(municipalityKey), year));
	}

	@PostMapping("/{municipalityKey}/{year}/check")
	StoredResponse check(@PathVariable String municipalityKey, @PathVariable int year, @RequestBody CheckRequest request) {
		Inputs inputs = new Inputs();
		String remarks = inputs.text("remarks", request.remarks(), 5000, false);
		inputs.throwIfAny();
		return withFigures(proofs.check(PositionApiController.parseKey(municipalityKey), year, remarks));
	}

	record ProofRequest(String municipalityKey, Integer year) {
	}

	record SaveRequest(String factualReport, Integer version) {
	}

	record CheckRequest(String remarks) {
	}

	/** A stored proof of use with its frozen computation. */
	record StoredResponse(UUID id, String municipalityKey, int year, StoredProof.Status status, int version,
			String guidelineVersion, Money eligible, Money paid, Money repayment, Money underpayment,
			Map<String, Object> computation, String factualReport, FactualFigures figures, LocalDate figuresAsOf,
			String remarks, LocalDate submittedOn, LocalDate checkedOn, String checkedBy) {

		static StoredResponse of(StoredProof p, FactualFigures figures) {
			return new StoredResponse(p.id(), p.municipality().value(), p.year(), p.status(), p.version(),
					p.guidelineVersion(), p.eligible(), p.paid(), p.repayment(), p.underpayment(), p.computation(),
					p.factualReport(), figures, p.figuresAsOf(), p.remarks(), p.submittedOn(), p.checkedOn(), p.checkedBy());
		}
	}

	record LineResponse(UUID positionId, Module module, PositionKind kind, Fte fte, int countedMonths,
			Money personnelAmount, Money equipmentAmount, Money eligibleAmount, String reason, List<String> rules,
			List<String> calculation) {

		static LineResponse of(PositionAmount a) {
			return new LineResponse(a.positionId(), a.module(), a.kind(), a.fte(), a.countedMonths(), a.personnelAmount(),
					a.equipmentAmount(), a.eligibleAmount(), a.reason(), a.rules(), a.calculation());
		}
	}

	record RecipientResponse(String recipientName, EmployerKind recipientKind, Money amount) {
	}

	/** The computation as the API answers it (also shown on the page). */
	record ProofResponse(String municipalityKey, int year, String guidelineVersion, List<LineResponse> positions,
			Map<String, Money> byModule, Money eligible, Money paid, Money repayment, Money underpayment,
			List<RecipientResponse> passThrough) {

		static ProofResponse of(MunicipalityKey key, ProofOfUseCalculation p) {
			return new ProofResponse(key.value(), p.year(), p.guidelineVersion(),
					p.positions().stream().map(LineResponse::of).toList(), GrantViews.byModule(p.byModule()), p.eligible(),
					p.paid(), p.repayment(), p.underpayment(),
					p.passThrough().stream().map(r -> new RecipientResponse(r.recipientName(), r.recipientKind(), r.amount())).toList());
		}
	}
}
