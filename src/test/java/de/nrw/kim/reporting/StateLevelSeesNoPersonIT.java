package de.nrw.kim.reporting;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md "Reporting": the ministry and the grant authority never receive a person or a case. Every operation
 * of the published API (OpenAPI) that concerns persons or cases — found by path, so a new endpoint is covered
 * without changing this test — answers 403 to both, with real ids of an existing client and case.
 */
@KimIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StateLevelSeesNoPersonIT {

	/** Path segments of endpoints that carry persons, cases or their parts. */
	static final Pattern PERSON_OR_CASE = Pattern.compile(
			"^/api/v1/(clients|cases|residence|deadlines|worklist|referrals|consents|conferences|transfers|imports)(/|$)|\\{(clientId|caseId)\\}");

	@LocalServerPort
	int port;

	String clientId;
	String caseId;
	final List<String[]> operations = new ArrayList<>();

	@BeforeAll
	void createAClientWithACaseAndReadTheApi() {
		ApiClient cm = ApiClient.as(port, "cm.koeln");
		clientId = cm.post("/clients", Map.of("givenName", "Vera", "familyName", "Landesgrenze", "gender", "FEMALE")).text("id");
		caseId = cm.post("/cases", Map.of("clientId", clientId)).text("id");
		var paths = ApiClient.anonymous(port).get("/v3/api-docs").json().path("paths");
		for (var path : paths.properties()) {
			if (PERSON_OR_CASE.matcher(path.getKey()).find()) {
				for (var method : path.getValue().properties()) {
					var content = method.getValue().path("requestBody").path("content");
					String type = content.has("multipart/form-data") ? "multipart/form-data" : "application/json";
					operations.add(new String[] { method.getKey().toUpperCase(), path.getKey(), type });
				}
			}
		}
	}

	Stream<Arguments> operations() {
		assertThat(operations).as("the person and case endpoints were found").hasSizeGreaterThan(30);
		List<Arguments> all = new ArrayList<>();
		for (String user : List.of("land", "bewilligung")) {
			operations.forEach(op -> all.add(Arguments.of(user, op[0], op[1], op[2])));
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0}: {1} {2}")
	@MethodSource("operations")
	void answers403(String user, String method, String template, String contentType) {
		ApiClient api = ApiClient.as(port, user);
		String path = concrete(template);
		boolean multipart = contentType.startsWith("multipart");
		HttpRequest.Builder request = api.request(path).header("Content-Type",
				multipart ? "multipart/form-data; boundary=kim" : "application/json");
		request = switch (method) {
		case "GET" -> request.GET();
		case "DELETE" -> request.DELETE();
		default -> request.method(method, HttpRequest.BodyPublishers.ofString(multipart ? "--kim--\r\n" : "{}"));
		};
		assertThat(api.send(request).status()).as(user + " " + method + " " + path).isEqualTo(403);
	}

	private String concrete(String template) {
		Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			String before = template.substring(0, m.start());
			String value = name.equals("clientId") || (name.equals("id") && before.endsWith("/clients/")) ? clientId
					: name.equals("caseId") || (name.equals("id") && before.endsWith("/cases/")) ? caseId
							: UUID.randomUUID().toString();
			m.appendReplacement(out, value);
		}
		m.appendTail(out);
		return out.toString();
	}
}
