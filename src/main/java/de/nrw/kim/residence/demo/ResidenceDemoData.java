package de.nrw.kim.residence.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives demo clients residence statuses ({@code demo/residence-statuses.csv}) through the public API,
 * as their case managers, after the demo case files exist; only with {@code kim.demo.case-files=true}
 * and only for clients that have no status yet. "+N" as end date means N days from today, so the
 * deadlines list and the ABH worklist always have something due.
 */
@Component
@ConditionalOnProperty(name = { "kim.demo.enabled", "kim.demo.case-files" }, havingValue = "true")
class ResidenceDemoData {

	private static final Logger log = LoggerFactory.getLogger(ResidenceDemoData.class);
	private static final ObjectMapper JSON = JsonMapper.builder().build();
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void onReady(ApplicationReadyEvent event) {
		Integer port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", Integer.class);
		if (port == null || port <= 0) {
			return;
		}
		Map<String, String> ids = new HashMap<>();
		int created = 0;
		for (String[] row : read()) {
			try {
				String key = row[0] + "|" + row[1] + "|" + row[2];
				String id = ids.computeIfAbsent(key, k -> findWithoutStatus(port, row[0], row[1], row[2]));
				if (id.isEmpty()) {
					continue;
				}
				Map<String, Object> body = new HashMap<>();
				body.put("type", row[3]);
				body.put("validFrom", row[4]);
				body.put("validUntil", until(row.length > 5 ? row[5] : ""));
				body.put("issuingOffice", row[0].endsWith("muenster") ? "Stadt Münster – Ausländerbehörde" : "Stadt Köln – Ausländerbehörde");
				send(port, row[0], "POST", "/clients/" + id + "/residence-statuses", body);
				created++;
			} catch (RuntimeException e) {
				log.warn("Demo-Aufenthaltsstatus für {} {} nicht angelegt: {}", row[1], row[2], e.getMessage());
			}
		}
		log.info("{} Demo-Aufenthaltsstatus angelegt", created);
	}

	/** The client's id, or "" when it is missing or already has statuses (so a restart adds nothing). */
	private static String findWithoutStatus(int port, String user, String given, String family) {
		JsonNode found = send(port, user, "GET", "/clients?size=50&q=" + URLEncoder.encode(given + " " + family, StandardCharsets.UTF_8), null);
		for (JsonNode item : found.path("items")) {
			if (item.path("givenName").asString().equals(given) && item.path("familyName").asString().equals(family)) {
				String id = item.path("id").asString();
				return send(port, user, "GET", "/clients/" + id + "/residence-statuses", null).isEmpty() ? id : "";
			}
		}
		return "";
	}

	private static String until(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.startsWith("+") ? LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(Long.parseLong(value.substring(1))).toString() : value;
	}

	private static JsonNode send(int port, String user, String method, String path, Object body) {
		String auth = Base64.getEncoder().encodeToString((user + ":kim-demo").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1" + path))
				.header("Authorization", "Basic " + auth).header("Accept", "application/json")
				.header("Content-Type", "application/json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " " + response.body());
			}
			return JSON.readTree(response.body());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static List<String[]> read() {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/residence-statuses.csv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split(";", -1));
				}
			}
		} catch (IOException e) {
			throw new IllegalStateException("demo/residence-statuses.csv fehlt", e);
		}
		return rows;
	}
}
