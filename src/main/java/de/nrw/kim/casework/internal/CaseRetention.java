package de.nrw.kim.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.ClosedCases;
import de.nrw.kim.client.PersonalDataEraser;
import de.nrw.kim.platform.MunicipalityKey;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Casework's part of the Löschkonzept (ADR 0026): a case becomes an anonymised record — no person,
 * no free text, no documents, goals or follow-ups — while phases, dates, closure reason, needs and
 * contact minutes stay, so the statistics of past years can still be recomputed.
 */
@Component
@Order(40)
class CaseRetention implements ClosedCases, PersonalDataEraser {

	private static final String CASES_OF_CLIENT = "(select id from case_file where municipality_id = :m and client_id = :client)";

	private final JdbcClient jdbc;

	CaseRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<UUID> clientsAllClosedBefore(MunicipalityKey municipality, LocalDate cutoff) {
		return jdbc.sql("""
				select client_id from case_file
				where municipality_id = :m and client_id is not null
				group by client_id
				having bool_and(phase = 'CLOSED') and max(closed_on) < :cutoff
				order by client_id""")
				.param("m", municipality.value()).param("cutoff", cutoff)
				.query(UUID.class).list();
	}

	@Override
	public String section() {
		return "cases";
	}

	@Override
	public int erase(MunicipalityKey municipality, UUID clientId) {
		for (String table : List.of("case_document", "case_goal", "case_follow_up")) {
			update("delete from " + table + " where municipality_id = :m and case_id in " + CASES_OF_CLIENT,
					municipality, clientId);
		}
		update("update case_contact set note = null where municipality_id = :m and case_id in " + CASES_OF_CLIENT,
				municipality, clientId);
		update("""
				update case_assessment_domain set note = null
				where municipality_id = :m and assessment_id in
				    (select id from case_assessment where municipality_id = :m and case_id in %s)""".formatted(CASES_OF_CLIENT),
				municipality, clientId);
		return update("""
				update case_file set client_id = null, closure_note = null, anonymised_at = now(), updated_at = now(),
				    version = version + 1
				where municipality_id = :m and client_id = :client""", municipality, clientId);
	}

	private int update(String sql, MunicipalityKey municipality, UUID clientId) {
		return jdbc.sql(sql).param("m", municipality.value()).param("client", clientId).update();
	}
}
