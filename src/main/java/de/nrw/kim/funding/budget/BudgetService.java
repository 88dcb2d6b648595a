package de.nrw.kim.funding.budget;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.nrw.kim.funding.domain.FundingAuthorities;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.grant.GrantService;
import de.nrw.kim.funding.rules.StatutoryMinimumRule;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KIM budget of a year against the statutory minimum of § 3 (2) TIntG and against what the
 * notices have committed. The ministry enters the index changes and the budget.
 */
@Service
public class BudgetService {

	private final JdbcClient jdbc;
	private final GrantService grants;

	BudgetService(JdbcClient jdbc, GrantService grants) {
		this.jdbc = jdbc;
		this.grants = grants;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.STATE_LEVEL)
	public Budget of(int year) {
		List<Row> rows = rows();
		Row base = rows.stream().filter(r -> r.statutoryBase() != null).findFirst()
				.orElseThrow(() -> new IllegalStateException("Kein Ausgangsbetrag der Mindestsumme"));
		Map<Integer, StatutoryMinimumRule.IndexChanges> changes = new HashMap<>();
		rows.forEach(r -> changes.put(r.year(), new StatutoryMinimumRule.IndexChanges(r.tvlPayRisePercent(),
				r.cpiHousingEnergyPercent())));
		StatutoryMinimumRule.Result minimum = StatutoryMinimumRule.minimum(base.year(), Money.of(base.statutoryBase()), changes, year);
		Optional<Row> row = rows.stream().filter(r -> r.year() == year).findFirst();
		return new Budget(year, minimum.minimum(), row.map(Row::kimBudget).map(Money::of).orElse(null),
				grants.committed(year), minimum.missingIndexYears(), row.map(Row::tvlPayRisePercent).orElse(null),
				row.map(Row::cpiHousingEnergyPercent).orElse(null), row.map(Row::note).orElse(null),
				row.map(Row::version).orElse(null), StatutoryMinimumRule.LEGAL_REFERENCE + " (" + StatutoryMinimumRule.NAME
						+ "): " + Money.of(base.statutoryBase()) + " € im Basisjahr " + base.year());
	}

	/** Enters index changes, budget and note of a year (new, or changed with the current version). */
	@Transactional
	@PreAuthorize(FundingAuthorities.MINISTRY)
	public Budget set(int year, BigDecimal tvlPayRisePercent, BigDecimal cpiHousingEnergyPercent, Money kimBudget,
			String note, Integer version) {
		if (year < 2000 || year > 2100) {
			throw new ValidationException("year", "Das Jahr muss zwischen 2000 und 2100 liegen.");
		}
		String actor = CurrentUser.require().username();
		boolean exists = rows().stream().anyMatch(r -> r.year() == year);
		if (exists) {
			if (version == null) {
				throw new ValidationException("version", "Bitte die Version mitsenden, die Sie zuletzt gelesen haben.");
			}
			int updated = jdbc.sql("""
					update funding_budget_year set tvl_pay_rise_percent = :tvl, cpi_housing_energy_percent = :cpi,
					    kim_budget = :budget, note = :note, updated_at = now(), updated_by = :by, version = version + 1
					where year = :year and version = :version""")
					.param("tvl", tvlPayRisePercent).param("cpi", cpiHousingEnergyPercent)
					.param("budget", kimBudget == null ? null : kimBudget.amount()).param("note", note).param("by", actor)
					.param("year", year).param("version", version).update();
			if (updated != 1) {
				throw new StaleVersionException();
			}
		} else {
			jdbc.sql("""
					insert into funding_budget_year (year, tvl_pay_rise_percent, cpi_housing_energy_percent, kim_budget, note, updated_by)
					values (:year, :tvl, :cpi, :budget, :note, :by)""")
					.param("tvl", tvlPayRisePercent).param("cpi", cpiHousingEnergyPercent)
					.param("budget", kimBudget == null ? null : kimBudget.amount()).param("note", note).param("by", actor)
					.param("year", year).update();
		}
		return of(year);
	}

	private List<Row> rows() {
		return jdbc.sql("select * from funding_budget_year order by year")
				.query((rs, n) -> new Row(rs.getInt("year"), rs.getBigDecimal("statutory_base"),
						rs.getBigDecimal("tvl_pay_rise_percent"), rs.getBigDecimal("cpi_housing_energy_percent"),
						rs.getBigDecimal("kim_budget"), rs.getString("note"), rs.getInt("version")))
				.list();
	}

	private record Row(int year, BigDecimal statutoryBase, BigDecimal tvlPayRisePercent,
			BigDecimal cpiHousingEnergyPercent, BigDecimal kimBudget, String note, int version) {
	}

	/**
	 * Budget figures of a year; {@code statutoryMinimum} is {@code null} while index changes of
	 * {@code missingIndexYears} are not entered.
	 */
	public record Budget(int year, Money statutoryMinimum, Money kimBudget, Money committed,
			List<Integer> missingIndexYears, BigDecimal tvlPayRisePercent, BigDecimal cpiHousingEnergyPercent,
			String note, Integer version, String basis) {
	}
}
