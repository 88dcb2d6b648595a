package de.nrw.kim.funding.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.proof.ProofOfUseService;
import de.nrw.kim.funding.rules.PositionAmount;
import de.nrw.kim.funding.rules.ProofOfUseCalculation;
import de.nrw.kim.platform.MunicipalityKey;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Funding": the numerical proof of use of a municipality for a year. */
@RestController
@RequestMapping("/api/v1/funding/proofs-of-use")
@Tag(name = "Förderung – Verwendungsnachweis")
class ProofOfUseApiController {

	private final ProofOfUseService proofs;

	ProofOfUseApiController(ProofOfUseService proofs) {
		this.proofs = proofs;
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

	record ProofRequest(String municipalityKey, Integer year) {
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
