package de.nrw.kim.network.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import de.nrw.kim.funding.PositionFigures;
import de.nrw.kim.network.internal.Input;
import de.nrw.kim.network.internal.SteeringFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures from funding and cooperation, for the coordination (counts only). */
@RestController
@Tag(name = "Netzwerk und Steuerung")
class DashboardApiController {

	private final SteeringFigures figures;

	DashboardApiController(SteeringFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/v1/network/dashboard-figures")
	@Operation(summary = "Stellen und Vakanzen je Baustein, Ablehnungen „keine Kapazität“ je Partner (Koordination)",
			description = "year: Jahr der Vermittlungen (Standard: laufendes Jahr); on: Stichtag der Stellen (Standard: heute).")
	DashboardFigures figures(@RequestParam(required = false) String year, @RequestParam(required = false) String on) {
		Input in = new Input();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		Integer y = in.number("year", year, 2020, 2100);
		LocalDate day = in.date("on", on, false, null);
		in.throwIfAny();
		int referralYear = y == null ? today.getYear() : y;
		return new DashboardFigures(referralYear, figures.positions(day == null ? today : day),
				figures.noCapacityDeclines(referralYear));
	}

	record DashboardFigures(int year, PositionFigures.Figures positions,
			List<SteeringFigures.PartnerDeclines> noCapacityDeclinesByPartner) {
	}
}
