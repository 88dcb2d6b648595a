package de.nrw.kim.abuse;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.support.ApiClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every abuse case needs: the demo users as API clients, a victim client with an open case in
 * Köln (created through the API), and a look into the database as the application role
 * {@code kim_app} – with Row-Level Security, as the application sees it.
 */
record Hostile(int port, DataSource dataSource) {

	static final MunicipalityKey KOELN = MunicipalityKey.of("05315");
	static final MunicipalityKey MUENSTER = MunicipalityKey.of("05515");

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	ApiClient cm() {
		return as("cm.koeln");
	}

	/** A client of cm.koeln with an open case: the victim. */
	Victim victim() {
		String family = "Opfer-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response client = cm().post("/clients", Map.of("givenName", "Amina", "familyName", family,
				"gender", "FEMALE", "birthDate", "1990-04-12"));
		if (client.status() != 201) {
			throw new IllegalStateException(client.raw().body());
		}
		ApiClient.Response c = cm().post("/cases", Map.of("clientId", client.text("id")));
		return new Victim(client.text("id"), c.text("id"), family);
	}

	static Map<String, Object> contact(String note) {
		Map<String, Object> body = new HashMap<>();
		body.put("on", today().toString());
		body.put("mode", "IN_PERSON");
		body.put("minutes", 30);
		body.put("interpreter", false);
		body.put("note", note);
		return body;
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Berlin"));
	}

	/** Runs SQL as kim_app for the given municipality – without the application's own filters. */
	JdbcClient jdbc() {
		return JdbcClient.create(dataSource);
	}

	<T> T asMunicipality(MunicipalityKey key, java.util.function.Function<JdbcClient, T> work) {
		return TenantContext.callAs(key, () -> work.apply(jdbc()));
	}

	/** The DENIED entries of an actor about an entity, in the actor's municipality's audit trail. */
	long denials(MunicipalityKey municipality, String actor, String entityId) {
		return asMunicipality(municipality, jdbc -> jdbc.sql(
				"select count(*) from audit_event where action = 'DENIED' and actor = :a and entity_id = :e::uuid")
				.param("a", actor).param("e", entityId).query(Long.class).single());
	}

	long rows(String table, String idColumn, String id) {
		return asMunicipality(KOELN, jdbc -> jdbc.sql("select count(*) from " + table + " where " + idColumn + " = :id::uuid")
				.param("id", id).query(Long.class).single());
	}

	ApiClient.Response upload(ApiClient api, String caseId, String fileName, String contentType, byte[] content) {
		String boundary = "kim-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return api.send(api.request("/cases/" + caseId + "/documents")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	int documents(String caseId) {
		return cm().get("/cases/" + caseId + "/documents").json().size();
	}

	static List<String> texts(ApiClient.Response response, String field) {
		return response.json().path("items").valueStream().map(i -> i.path(field).asString()).toList();
	}

	record Victim(String clientId, String caseId, String familyName) {
	}
}
