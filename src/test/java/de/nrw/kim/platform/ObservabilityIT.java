package de.nrw.kim.platform;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusOutputFormat;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Observability (issue 9 item 6): every answer carries a correlation id that is also in the logging
 * context; Prometheus metrics exist but only for the system administration; a client's name never
 * reaches the log.
 */
@KimIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT {

	@LocalServerPort
	int port;

	@Autowired
	PrometheusScrapeEndpoint prometheus;

	@Test
	void everyAnswerCarriesACorrelationIdAndAPlainCallerIdIsKept() {
		ApiClient.Response me = ApiClient.as(port, "cm.koeln").get("/me");
		assertThat(me.header("X-Request-Id")).matches("[0-9a-f-]{36}");
		ApiClient.Response other = ApiClient.as(port, "cm.koeln").get("/me");
		assertThat(other.header("X-Request-Id")).isNotEqualTo(me.header("X-Request-Id"));

		ApiClient.Response kept = ApiClient.as(port, "cm.koeln")
				.send(ApiClient.as(port, "cm.koeln").request("/me").header("X-Request-Id", "proxy-4711-abcdef"));
		assertThat(kept.header("X-Request-Id")).isEqualTo("proxy-4711-abcdef");
		ApiClient.Response hostile = ApiClient.as(port, "cm.koeln")
				.send(ApiClient.as(port, "cm.koeln").request("/me").header("X-Request-Id", "<script>alert(1)</script>"));
		assertThat(hostile.header("X-Request-Id")).matches("[0-9a-f-]{36}");

		assertThat(ApiClient.anonymous(port).get("/api/v1/me").header("X-Request-Id")).as("also on a 401").isNotBlank();
		assertThat(ApiClient.as(port, "cm.koeln").get("/clients/" + UUID.randomUUID()).header("X-Request-Id"))
				.as("also on a 404").isNotBlank();
	}

	@Test
	void prometheusMetricsExistButOnlyForTheSystemAdministration() {
		assertThat(ApiClient.as(port, "cm.koeln").get("/me").status()).isEqualTo(200);
		String scrape = new String(prometheus.scrape(PrometheusOutputFormat.CONTENT_TYPE_004, null).getBody(),
				StandardCharsets.UTF_8);
		assertThat(scrape).contains("jvm_memory_used_bytes", "hikaricp_connections_active", "http_server_requests_seconds");
		assertThat(ApiClient.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(ApiClient.as(port, "cm.koeln").get("/actuator/prometheus").status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "admin.koeln").get("/actuator/prometheus").status()).isEqualTo(403);
	}

	@Test
	void aClientsNameNeverReachesTheLog(CapturedOutput output) {
		String family = "Logprobe" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		String id = cm.post("/clients", Map.of("givenName", "Zainab", "familyName", family, "gender", "FEMALE")).text("id");
		cm.get("/clients/" + id);
		cm.put("/clients/" + id, Map.of("givenName", "Zainab", "familyName", family, "gender", "KAPUTT", "version", 0));
		cm.get("/clients?q=" + family);
		assertThat(output.getAll()).doesNotContain(family);
	}
}
