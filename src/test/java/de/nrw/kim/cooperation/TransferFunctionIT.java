package de.nrw.kim.cooperation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static de.nrw.kim.cooperation.CooperationFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The owner-rights function behind accepting a transfer (ADR 0409), called directly as the application
 * role: it works only for a PENDING transfer addressed to the connection's municipality, and its helpers
 * and steps cannot be called by the application at all.
 */
@KimIntegrationTest
class TransferFunctionIT {

	static final MunicipalityKey KOELN = MunicipalityKey.of("05315");
	static final MunicipalityKey MUENSTER = MunicipalityKey.of("05515");
	static final MunicipalityKey BONN = MunicipalityKey.of("05314");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	String pendingTransfer(String[] c) {
		CooperationFixtures f = new CooperationFixtures(port);
		Map<String, Object> consent = new HashMap<>();
		consent.put("municipalityKeys", List.of("05515"));
		consent.put("dataCategories", List.of("BASIC"));
		consent.put("purpose", "Umzug");
		consent.put("givenOn", today().toString());
		f.cm().post("/clients/" + c[1] + "/consents", consent);
		return f.cm().post("/cases/" + c[0] + "/transfers", Map.of("toMunicipalityKey", "05515")).text("id");
	}

	Object accept(MunicipalityKey as, String transfer) {
		return TenantContext.callAs(as, () -> transactions.execute(s -> JdbcClient.create(dataSource)
				.sql("select kim_transfer_accept(:id, :case, 'x', 'X', :org, current_date)")
				.param("id", UUID.fromString(transfer)).param("case", UUID.randomUUID()).param("org", UUID.randomUUID())
				.query(Object.class).single()));
	}

	@Test
	void onlyThePendingReceiverMayAcceptAndNothingMovesOtherwise() {
		CooperationFixtures f = new CooperationFixtures(port);
		String[] c = f.openCase();
		String transfer = pendingTransfer(c);
		for (MunicipalityKey wrong : List.of(KOELN, BONN)) {
			assertThatThrownBy(() -> accept(wrong, transfer)).as(wrong.value()).rootCause()
					.hasMessageContaining("Keine Übergabe");
		}
		assertThatThrownBy(() -> TenantContext.callWithoutTenant(() -> transactions.execute(s -> JdbcClient.create(dataSource)
				.sql("select kim_transfer_accept(gen_random_uuid(), gen_random_uuid(), 'x', 'X', gen_random_uuid(), current_date)")
				.query(Object.class).single()))).rootCause().hasMessageContaining("ohne Kommune");
		assertThat(f.cm().get("/clients/" + c[1]).status()).isEqualTo(200);

		f.as("cm.muenster").post("/transfers/" + transfer + "/decline", Map.of("reason", "nicht zuständig"));
		assertThatThrownBy(() -> accept(MUENSTER, transfer)).rootCause().hasMessageContaining("DECLINED");
		assertThat(f.cm().get("/clients/" + c[1]).status()).isEqualTo(200);
		assertThat(f.cm().get("/cases/" + c[0]).text("phase")).isNotEqualTo("CLOSED");
	}

	@Test
	void theApplicationRoleCannotCallTheStepsOrHelpersDirectly() {
		for (String call : List.of("kim_transfer_step_client('{}'::jsonb)", "kim_transfer_step_casework('{}'::jsonb)",
				"kim_transfer_step_consent('{}'::jsonb)", "kim_transfer_step_residence('{}'::jsonb)",
				"kim_transfer_copy('client'::regclass, 'true', '{}'::jsonb, '{}'::jsonb)",
				"kim_transfer_delete('client'::regclass, 'true', '{}'::jsonb)")) {
			assertThatThrownBy(() -> TenantContext.callAs(MUENSTER, () -> transactions.execute(s -> JdbcClient.create(dataSource)
					.sql("select " + call).query(Object.class).list()))).as(call).rootCause()
					.hasMessageContaining("permission denied");
		}
		assertThatThrownBy(() -> TenantContext.callAs(MUENSTER, () -> transactions.execute(s -> JdbcClient.create(dataSource)
				.sql("insert into client_transfer_step values (99, 'x', 'kim_transfer_step_x', 'x')").update())))
				.rootCause().hasMessageContaining("permission denied");
	}
}
