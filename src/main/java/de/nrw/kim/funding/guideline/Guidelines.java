package de.nrw.kim.funding.guideline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import de.nrw.kim.funding.domain.FundingGuideline;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.YearRates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The guideline versions, their extensions and rates (state reference data, no tenant). */
@Repository
public class Guidelines {

	private final JdbcClient jdbc;

	Guidelines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<FundingGuideline> all() {
		Map<UUID, List<FundingGuideline.Extension>> extensions = jdbc.sql(
				"select * from funding_guideline_extension order by valid_to")
				.query((rs, n) -> Map.entry(rs.getObject("guideline_id", UUID.class), extension(rs)))
				.list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
						Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<UUID, List<FundingGuideline.Rate>> rates = jdbc.sql("select * from funding_rate order by year")
				.query((rs, n) -> Map.entry(rs.getObject("guideline_id", UUID.class), rate(rs)))
				.list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
						Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return jdbc.sql("select * from funding_guideline order by valid_from")
				.query((rs, n) -> {
					UUID id = rs.getObject("id", UUID.class);
					return new FundingGuideline(id, rs.getString("code"), rs.getString("title"),
							rs.getString("legal_reference"), rs.getObject("valid_from", LocalDate.class),
							rs.getObject("original_valid_to", LocalDate.class), rs.getString("rule_set"),
							extensions.getOrDefault(id, List.of()), rates.getOrDefault(id, List.of()));
				}).list();
	}

	public Optional<FundingGuideline> find(UUID id) {
		return all().stream().filter(g -> g.id().equals(id)).findFirst();
	}

	public void insert(FundingGuideline guideline, String actor) {
		jdbc.sql("""
				insert into funding_guideline (id, code, title, legal_reference, valid_from, original_valid_to, rule_set, created_by)
				values (:id, :code, :title, :reference, :from, :to, :ruleSet, :actor)""")
				.param("id", guideline.id()).param("code", guideline.code()).param("title", guideline.title())
				.param("reference", guideline.legalReference()).param("from", guideline.validFrom())
				.param("to", guideline.originalValidTo()).param("ruleSet", guideline.ruleSet()).param("actor", actor)
				.update();
	}

	public void insertExtension(UUID guidelineId, FundingGuideline.Extension extension) {
		jdbc.sql("""
				insert into funding_guideline_extension (guideline_id, valid_to, legal_reference, decided_on, recorded_by)
				values (:id, :to, :reference, :decided, :actor)""")
				.param("id", guidelineId).param("to", extension.validTo()).param("reference", extension.legalReference())
				.param("decided", extension.decidedOn()).param("actor", extension.recordedBy())
				.update();
	}

	public void insertRates(UUID guidelineId, YearRates rates, String actor) {
		jdbc.sql("""
				insert into funding_rate (guideline_id, year, rate_per_fte, admin_assistance_rate, equipment_per_fte, updated_by)
				values (:id, :year, :rate, :admin, :equipment, :actor)""")
				.param("id", guidelineId).params(rateParams(rates)).param("actor", actor)
				.update();
	}

	/** Writes the rates if {@code version} is still current; false when someone changed them first. */
	public boolean updateRates(UUID guidelineId, YearRates rates, int version, String actor) {
		return jdbc.sql("""
				update funding_rate set rate_per_fte = :rate, admin_assistance_rate = :admin, equipment_per_fte = :equipment,
				    updated_at = now(), updated_by = :actor, version = version + 1
				where guideline_id = :id and year = :year and version = :version""")
				.param("id", guidelineId).params(rateParams(rates)).param("actor", actor).param("version", version)
				.update() == 1;
	}

	/** Which guideline holds the rates of a year, if any. */
	public Optional<UUID> guidelineOfYear(int year) {
		return jdbc.sql("select guideline_id from funding_rate where year = :year").param("year", year)
				.query(UUID.class).optional();
	}

	private static Map<String, Object> rateParams(YearRates rates) {
		return Map.of("year", rates.year(), "rate", rates.ratePerFte().amount(),
				"admin", rates.adminAssistanceRate().amount(), "equipment", rates.equipmentPerFte().amount());
	}

	private static FundingGuideline.Extension extension(ResultSet rs) throws SQLException {
		return new FundingGuideline.Extension(rs.getObject("valid_to", LocalDate.class), rs.getString("legal_reference"),
				rs.getObject("decided_on", LocalDate.class), instant(rs.getTimestamp("recorded_at")),
				rs.getString("recorded_by"));
	}

	private static FundingGuideline.Rate rate(ResultSet rs) throws SQLException {
		return new FundingGuideline.Rate(new YearRates(rs.getInt("year"), Money.of(rs.getBigDecimal("rate_per_fte")),
				Money.of(rs.getBigDecimal("admin_assistance_rate")), Money.of(rs.getBigDecimal("equipment_per_fte"))),
				rs.getInt("version"), instant(rs.getTimestamp("updated_at")), rs.getString("updated_by"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
