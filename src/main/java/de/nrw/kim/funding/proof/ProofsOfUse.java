package de.nrw.kim.funding.proof;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.rules.ProofOfUseCalculation;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Stored proofs of use (table {@code funding_proof_of_use}), one per municipality and year. */
@Repository
public class ProofsOfUse {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	/** Reads stored amounts as BigDecimal (57000.00 stays 57000.00, never a double). */
	private final JsonMapper exact;

	ProofsOfUse(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.exact = json.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
	}

	public Optional<StoredProof> find(MunicipalityKey municipality, int year) {
		return jdbc.sql("""
				select *, computation::text as computation_json, factual_figures::text as figures_json
				from funding_proof_of_use where municipality_id = :m and year = :y""")
				.param("m", municipality.value()).param("y", year)
				.query((rs, n) -> new StoredProof(rs.getObject("id", UUID.class), municipality, year,
						StoredProof.Status.valueOf(rs.getString("status")), rs.getString("guideline_version"),
						Money.of(rs.getBigDecimal("eligible")), Money.of(rs.getBigDecimal("paid")),
						Money.of(rs.getBigDecimal("repayment")), Money.of(rs.getBigDecimal("underpayment")),
						exact.readValue(rs.getString("computation_json"), MAP), rs.getString("factual_report"),
						figures(rs.getString("figures_json")), rs.getObject("figures_as_of", LocalDate.class),
						rs.getString("remarks"), rs.getObject("submitted_on", LocalDate.class),
						rs.getObject("checked_on", LocalDate.class), rs.getString("checked_by"), rs.getInt("version"),
						rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
				.optional();
	}

	public void insert(StoredProof p, Object computation) {
		jdbc.sql("""
				insert into funding_proof_of_use (municipality_id, id, year, status, guideline_version, eligible, paid, repayment,
				    underpayment, computation, factual_report, factual_figures, figures_as_of, submitted_on, created_at, created_by)
				values (:m, :id, :year, :status, :guideline, :eligible, :paid, :repayment, :underpayment, :computation::jsonb,
				    :report, :figures::jsonb, :figuresAsOf, :submitted, :at, :by)""")
				.param("m", p.municipality().value()).param("id", p.id()).param("year", p.year())
				.param("status", p.status().name()).param("guideline", p.guidelineVersion())
				.param("eligible", p.eligible().amount()).param("paid", p.paid().amount())
				.param("repayment", p.repayment().amount()).param("underpayment", p.underpayment().amount())
				.param("computation", json.writeValueAsString(computation)).param("report", p.factualReport())
				.param("figures", figuresJson(p)).param("figuresAsOf", p.figuresAsOf())
				.param("submitted", p.submittedOn()).param("at", Timestamp.from(p.createdAt())).param("by", p.createdBy())
				.update();
	}

	/** Writes state, figures and texts if {@code version} is still current. */
	public boolean update(StoredProof p, Object computation, int version) {
		return jdbc.sql("""
				update funding_proof_of_use set status = :status, guideline_version = :guideline, eligible = :eligible, paid = :paid,
				    repayment = :repayment, underpayment = :underpayment, computation = :computation::jsonb,
				    factual_report = :report, factual_figures = :figures::jsonb, figures_as_of = :figuresAsOf,
				    remarks = :remarks, submitted_on = :submitted, checked_on = :checked,
				    checked_by = :checkedBy, version = version + 1, updated_at = now()
				where municipality_id = :m and id = :id and version = :version""")
				.param("m", p.municipality().value()).param("id", p.id()).param("status", p.status().name())
				.param("guideline", p.guidelineVersion()).param("eligible", p.eligible().amount())
				.param("paid", p.paid().amount()).param("repayment", p.repayment().amount())
				.param("underpayment", p.underpayment().amount()).param("computation", json.writeValueAsString(computation))
				.param("report", p.factualReport()).param("figures", figuresJson(p)).param("figuresAsOf", p.figuresAsOf())
				.param("remarks", p.remarks()).param("submitted", p.submittedOn())
				.param("checked", p.checkedOn()).param("checkedBy", p.checkedBy()).param("version", version)
				.update() == 1;
	}

	/** The frozen computation read back as the calculation it was (amounts exact, from the JSON text). */
	public ProofOfUseCalculation calculation(MunicipalityKey municipality, int year) {
		return jdbc.sql("select computation::text from funding_proof_of_use where municipality_id = :m and year = :y")
				.param("m", municipality.value()).param("y", year).query(String.class).optional()
				.map(text -> json.readValue(text, ProofOfUseCalculation.class)).orElseThrow();
	}

	private FactualFigures figures(String text) {
		return text == null ? null : json.readValue(text, FactualFigures.class);
	}

	private String figuresJson(StoredProof p) {
		return p.figures() == null ? null : json.writeValueAsString(p.figures());
	}
}
