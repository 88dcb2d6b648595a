package de.nrw.kim.funding.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import de.nrw.kim.funding.permanence.LetterService;
import de.nrw.kim.funding.permanence.PermanenceFigures;
import de.nrw.kim.funding.permanence.PermanenceReport;
import de.nrw.kim.funding.permanence.PermanenceService;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Funding": permanence figures on a date, and the ministry's letters. */
@RestController
@RequestMapping("/api/v1/funding")
@Tag(name = "Förderung – Verstetigung")
class PermanenceApiController {

	private final PermanenceService permanence;
	private final LetterService letters;
	private final java.time.Clock clock;

	PermanenceApiController(PermanenceService permanence, LetterService letters, java.time.Clock clock) {
		this.permanence = permanence;
		this.letters = letters;
		this.clock = clock;
	}

	@GetMapping("/permanence")
	PermanenceResponse permanence(@RequestParam(required = false) LocalDate on) {
		return PermanenceResponse.of(permanence.on(on == null ? LocalDate.now(clock) : on));
	}

	@PostMapping("/letters")
	ResponseEntity<byte[]> letters(@RequestBody LettersRequest request) {
		LocalDate on = request.on() == null ? LocalDate.now(clock) : request.on();
		return pdf(letters.letters(request.municipalityKeys(), on), "kim-schreiben-verstetigung-" + on + ".pdf");
	}

	static ResponseEntity<byte[]> pdf(byte[] pdf, String filename) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
				.body(pdf);
	}

	record LettersRequest(List<String> municipalityKeys, LocalDate on) {
	}

	record PermanenceResponse(LocalDate on, PermanenceReport.Scope scope, List<MunicipalityRow> municipalities,
			List<RegionRow> regions, FiguresRow state) {

		static PermanenceResponse of(PermanenceReport r) {
			return new PermanenceResponse(r.on(), r.scope(),
					r.municipalities().stream().map(MunicipalityRow::of).toList(),
					r.regions().stream().map(g -> RegionRow.of(g.region(), g.figures())).toList(), FiguresRow.of(r.state()));
		}
	}

	record MunicipalityRow(String key, String name, String region, BigDecimal fteTotal, BigDecimal ftePermanent,
			BigDecimal fteFixedTerm, BigDecimal fteVacant, BigDecimal permanentShare, int fixedTermEndingWithin12Months,
			int positions, int vacantPositions, int phaseOutPositions) {

		static MunicipalityRow of(PermanenceReport.MunicipalityFigures m) {
			PermanenceFigures f = m.figures();
			return new MunicipalityRow(m.municipality().key(), m.municipality().name(), m.municipality().region(),
					f.fteTotal(), f.ftePermanent(), f.fteFixedTerm(), f.fteVacant(), f.permanentShare(),
					f.fixedTermEndingWithin12Months(), f.positions(), f.vacantPositions(), f.phaseOutPositions());
		}
	}

	record RegionRow(String region, BigDecimal fteTotal, BigDecimal ftePermanent, BigDecimal fteFixedTerm,
			BigDecimal fteVacant, BigDecimal permanentShare, int fixedTermEndingWithin12Months, int positions,
			int vacantPositions, int phaseOutPositions) {

		static RegionRow of(String region, PermanenceFigures f) {
			return new RegionRow(region, f.fteTotal(), f.ftePermanent(), f.fteFixedTerm(), f.fteVacant(),
					f.permanentShare(), f.fixedTermEndingWithin12Months(), f.positions(), f.vacantPositions(),
					f.phaseOutPositions());
		}
	}

	record FiguresRow(BigDecimal fteTotal, BigDecimal ftePermanent, BigDecimal fteFixedTerm, BigDecimal fteVacant,
			BigDecimal permanentShare, int fixedTermEndingWithin12Months, int positions, int vacantPositions,
			int phaseOutPositions) {

		static FiguresRow of(PermanenceFigures f) {
			return new FiguresRow(f.fteTotal(), f.ftePermanent(), f.fteFixedTerm(), f.fteVacant(), f.permanentShare(),
					f.fixedTermEndingWithin12Months(), f.positions(), f.vacantPositions(), f.phaseOutPositions());
		}
	}
}
