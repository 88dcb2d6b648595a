package de.nrw.kim.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;

import de.nrw.kim.casework.CaseAssessed;
import de.nrw.kim.casework.CaseClosed;
import de.nrw.kim.casework.CaseOpened;
import de.nrw.kim.casework.CasePhaseChanged;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the casework events and marks the affected municipality-years for recomputation — in the
 * same transaction as the change, so no change is lost between the case and the statistics (ADR 0601).
 * A change dated in an earlier year marks that year and every year up to today, because the case was
 * open in all of them.
 */
@Component
class RefreshRequests {

	private final Figures figures;
	private final Clock clock;

	RefreshRequests(Figures figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	@EventListener
	void on(CaseOpened e) {
		request(e.municipality(), e.openedOn());
	}

	@EventListener
	void on(CasePhaseChanged e) {
		request(e.municipality(), e.on());
	}

	@EventListener
	void on(CaseAssessed e) {
		request(e.municipality(), e.on());
	}

	@EventListener
	void on(CaseClosed e) {
		request(e.municipality(), e.closedOn());
	}

	void request(MunicipalityKey municipality, LocalDate from) {
		int thisYear = ReportingClock.today(clock).getYear();
		for (int year = Math.min(from.getYear(), thisYear); year <= thisYear; year++) {
			figures.request(municipality, year, clock.instant());
		}
	}
}
