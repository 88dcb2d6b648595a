package de.nrw.kim.funding.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.nrw.kim.casework.CaseFigures;
import de.nrw.kim.casework.CaseStatistics;
import de.nrw.kim.casework.ClosureReason;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The cases of the year: new, active, open at year end, closed and closed per reason (issue 4, item 5). */
@Component
@Order(10)
class CaseFiguresSection implements FactualReportSource {

	private final CaseStatistics cases;

	CaseFiguresSection(CaseStatistics cases) {
		this.cases = cases;
	}

	@Override
	public FactualFigures.Section section(MunicipalityKey municipality, int year) {
		CaseFigures figures = cases.figuresOf(municipality, year);
		List<FactualFigures.Row> rows = new ArrayList<>();
		rows.add(FactualFigures.Row.of("newCases", figures.newCases()));
		rows.add(FactualFigures.Row.of("activeCases", figures.activeCases()));
		rows.add(FactualFigures.Row.of("openAtYearEnd", figures.openAtYearEnd()));
		rows.add(FactualFigures.Row.of("closedCases", figures.closedCases()));
		for (Map.Entry<ClosureReason, Long> reason : figures.closedByReason().entrySet()) {
			rows.add(FactualFigures.Row.detail("closed." + reason.getKey().name(), reason.getValue()));
		}
		return new FactualFigures.Section("cases", List.copyOf(rows));
	}
}
