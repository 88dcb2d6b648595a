package de.nrw.kim.abuse;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.nrw.kim.platform.security.WebUser;
import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static de.nrw.kim.abuse.Hostile.KOELN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values: SQL in values and sort fields, script in names and notes (shown in HTML, PDF and
 * CSV), fields a client must not set, absurd JSON, names in every script, impossible dates, absurd
 * money, and a lost update. Each is refused with a German problem or stored as plain text – and
 * nothing else changes.
 */
@KimIntegrationTest
class InputAbuseIT {

	static final String SCRIPT = "<script>alert('xss')</script>";
	static final String IMG = "<img src=x onerror=alert(1)>";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	Hostile hostile;

	@BeforeEach
	void setUp() {
		hostile = new Hostile(port, dataSource);
	}

	long clients() {
		return hostile.asMunicipality(KOELN, jdbc -> jdbc.sql("select count(*) from client").query(Long.class).single());
	}

	static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void sqlInSearchValuesIsJustTextAndFindsNothingExtra() {
		hostile.victim();
		long before = clients();
		for (String attack : List.of("' OR '1'='1", "x'; DROP TABLE client; --", "%' UNION SELECT family_name FROM client --",
				"\\'; select pg_sleep(5); --")) {
			ApiClient.Response search = hostile.cm().get("/clients?q=" + q(attack));
			assertThat(search.status()).as(attack).isEqualTo(200);
			assertThat(search.json().path("items").size()).as(attack).isZero();
		}
		assertThat(hostile.cm().get("/partners?name=" + q("' OR 1=1 --")).json().path("items").size()).isZero();
		assertThat(clients()).isEqualTo(before);
	}

	@Test
	void sqlInAFilterValueIsRefusedAsAnUnknownValue() {
		for (String path : List.of("/partners?type=" + q("JOBCENTER' OR '1'='1"), "/cases?phase=" + q("INTAKE;DROP TABLE case_file"),
				"/offers?domain=" + q("LANGUAGE' --"))) {
			ApiClient.Response refused = hostile.cm().get(path);
			assertThat(refused.status()).as(path).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.raw().body()).doesNotContainIgnoringCase("select").doesNotContain("SQL").doesNotContain("Exception");
		}
	}

	@Test
	void sqlStoredInANameStaysLiteralAndTheTableSurvives() {
		String name = "Robert'); DROP TABLE client;--";
		ApiClient.Response created = hostile.cm().post("/clients", Map.of("givenName", "Bobby", "familyName", name, "gender", "MALE"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(hostile.cm().get("/clients/" + created.text("id")).text("familyName")).isEqualTo(name);
		assertThat(clients()).isPositive();
	}

	@Test
	void unknownSortOrFilterFieldsAre400InGermanAndNeverReachTheDatabase() {
		long before = clients();
		for (String path : List.of("/cases?sort=" + q("id; DROP TABLE case_file"), "/clients?q=a&sort=family_name",
				"/cases?orderBy=" + q("(select 1)"), "/partners?municipality_id=05515", "/cases?mine=true&phase=INTAKE&limit=100000")) {
			ApiClient.Response refused = hostile.cm().get(path);
			assertThat(refused.status()).as(path).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.text("type")).endsWith("/validation");
			assertThat(refused.text("detail")).contains("Erlaubt:");
		}
		assertThat(hostile.cm().get("/cases?sort=x").text("detail")).startsWith("Nach diesem Feld lässt sich hier nicht sortieren");
		assertThat(hostile.cm().get("/cases?mine=true&phase=INTAKE&page=0&size=5").status()).isEqualTo(200);
		assertThat(clients()).isEqualTo(before);
	}

	@Test
	void scriptInANameIsShownAsTextInTheWebPage() {
		ApiClient.Response created = hostile.cm().post("/clients", Map.of("givenName", IMG, "familyName", SCRIPT, "gender", "FEMALE"));
		assertThat(created.status()).isEqualTo(201);
		WebUser web = new WebUser(port);
		web.login("cm.koeln", ApiClient.DEMO_PASSWORD);
		HttpResponse<String> page = web.get("/clients/" + created.text("id"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain(SCRIPT).doesNotContain(IMG)
				.contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
	}

	@Test
	void scriptInAContactNoteIsShownAsTextInTheCasePage() {
		Hostile.Victim victim = hostile.victim();
		assertThat(hostile.cm().post("/cases/" + victim.caseId() + "/contacts", Hostile.contact(IMG + SCRIPT)).status()).isEqualTo(201);
		WebUser web = new WebUser(port);
		web.login("cm.koeln", ApiClient.DEMO_PASSWORD);
		HttpResponse<String> page = web.get("/cases/" + victim.caseId() + "/contacts");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(IMG).doesNotContain(SCRIPT);
		assertThat(hostile.cm().get("/cases/" + victim.caseId() + "/contacts").json().path("items").get(0).path("note").asString())
				.isEqualTo(IMG + SCRIPT);
	}

	@Test
	void scriptInANameIsPlainTextInThePdfExport() throws Exception {
		ApiClient.Response created = hostile.cm().post("/clients", Map.of("givenName", "Pdf", "familyName", SCRIPT, "gender", "FEMALE"));
		HttpResponse<byte[]> pdf = hostile.cm().getBytes("/clients/" + created.text("id") + "/export?format=pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		PdfReader reader = new PdfReader(pdf.body());
		StringBuilder text = new StringBuilder();
		for (int p = 1; p <= reader.getNumberOfPages(); p++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(p));
		}
		assertThat(text.toString()).contains("<script>alert('xss')</script>");
		assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1)).doesNotContain("/JavaScript").doesNotContain("/JS ");
	}

	@Test
	void formulaAndScriptInAFreeTextAreNeutralisedInTheCsvExport() {
		ApiClient land = hostile.as("land");
		Map<String, Object> question = Map.of("kind", "TEXT", "text", "Wünsche?", "required", true);
		String id = land.post("/surveys", Map.of("title", "Abuse CSV", "description", "Test", "questionnaire",
				Map.of("sections", List.of(Map.of("title", "A", "questions", List.of(question)))))).text("id");
		assertThat(land.post("/surveys/" + id + "/send", Map.of("deadline", Hostile.today().plusDays(5).toString(),
				"municipalityKeys", List.of("05315"))).status()).isEqualTo(200);
		ApiClient koord = hostile.as("koord.koeln");
		String answer = "=HYPERLINK(\"http://evil.example\";\"klick\") " + SCRIPT;
		ApiClient.Response saved = koord.put("/surveys/" + id + "/response", Map.of("answers", Map.of("q1", answer)));
		assertThat(saved.status()).isEqualTo(200);
		ApiClient.Response submitted = koord.post("/surveys/" + id + "/response/submit",
				Map.of("version", saved.json().path("version").asInt()));
		assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(200);
		String csv = new String(land.getBytes("/surveys/" + id + "/results?format=csv").body(), StandardCharsets.UTF_8);
		assertThat(csv).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK").doesNotContain(";\"=HYPERLINK");
	}

	@Test
	void fieldsAClientMayNotSetAreIgnoredOnCreate() {
		String chosenId = "11111111-2222-3333-4444-555555555555";
		Map<String, Object> body = new HashMap<>(Map.of("givenName", "Mass", "familyName", "Assignment", "gender", "MALE",
				"id", chosenId, "version", 42, "createdBy", "admin.koeln", "organisationId", "00000000-0000-0000-0000-000000000000"));
		body.put("municipality", Map.of("key", "05515"));
		ApiClient.Response created = hostile.cm().post("/clients", body);
		assertThat(created.status()).isIn(201, 400);
		if (created.status() == 201) {
			assertThat(created.text("id")).isNotEqualTo(chosenId);
			assertThat(created.json().path("version").asInt()).isZero();
			assertThat(created.json().path("municipality").toString()).contains("05315");
			assertThat(hostile.<String>asMunicipality(KOELN, jdbc -> jdbc.sql("select created_by from client where id = :id::uuid")
					.param("id", created.text("id")).query(String.class).single())).isEqualTo("cm.koeln");
		}
		assertThat(hostile.rows("client", "id", chosenId)).isZero();

		String clientId = hostile.victim().clientId();
		ApiClient.Response c = hostile.cm().post("/cases", Map.of("clientId", clientId, "phase", "CLOSED",
				"caseManager", "cm2.koeln", "version", 7));
		if (c.status() == 201) {
			assertThat(c.text("phase")).isEqualTo("INTAKE");
			assertThat(c.text("caseManager")).isEqualTo("cm.koeln");
			assertThat(c.json().path("version").asInt()).isZero();
		} else {
			assertThat(c.status()).isIn(400, 409);
		}
	}

	@Test
	void anOversizedBodyIs413AndDeeplyNestedJson400AndNothingIsCreated() {
		long before = clients();
		String huge = "{\"givenName\":\"" + "A".repeat(5 * 1024 * 1024) + "\",\"familyName\":\"B\",\"gender\":\"MALE\"}";
		ApiClient.Response tooLarge = hostile.cm().postRaw("/clients", "application/json", huge);
		assertThat(tooLarge.status()).isEqualTo(413);
		String nested = "{\"givenName\":" + "[".repeat(5000) + "]".repeat(5000) + ",\"familyName\":\"B\",\"gender\":\"MALE\"}";
		ApiClient.Response deep = hostile.cm().postRaw("/clients", "application/json", nested);
		assertThat(deep.status()).isEqualTo(400);
		assertThat(deep.contentType()).startsWith("application/problem+json");
		assertThat(deep.raw().body()).doesNotContain("Exception").doesNotContain("at de.");
		assertThat(clients()).isEqualTo(before);
	}

	@Test
	void namesInEveryScriptRoundTripAndAreFound() {
		List<String[]> names = List.of(new String[] { "Олександр", "Шевченко" }, new String[] { "محمد", "العلي" },
				new String[] { "Ahmad أحمد", "Al‏-Hassan" }, new String[] { "Jo\u0308rg", "Mu\u0308ller-Lu\u0308denscheidt" },
				new String[] { "Nguyễn", "Thị Minh Khai" });
		for (String[] name : names) {
			ApiClient.Response created = hostile.cm().post("/clients", Map.of("givenName", name[0], "familyName", name[1],
					"gender", "UNSPECIFIED"));
			assertThat(created.status()).as(name[1]).isEqualTo(201);
			String nfc = Normalizer.normalize(name[1], Normalizer.Form.NFC);
			ApiClient.Response read = hostile.cm().get("/clients/" + created.text("id"));
			assertThat(read.text("familyName")).isEqualTo(nfc);
			assertThat(read.text("givenName")).isEqualTo(Normalizer.normalize(name[0], Normalizer.Form.NFC));
			assertThat(Hostile.texts(hostile.cm().get("/clients?q=" + q(name[1])), "id")).as(name[1])
					.contains(created.text("id"));
		}
	}

	@Test
	void impossibleDatesAreRefusedPartialOnesKeptAsEntered() {
		long before = clients();
		for (String date : List.of("2023-02-30", "1990-13", "1990-00-10", "990", "19900101", "1990-1-1", "2023-02-29",
				"3000-01-01")) {
			ApiClient.Response refused = hostile.cm().post("/clients", Map.of("givenName", "Datum", "familyName", "Falsch",
					"gender", "MALE", "birthDate", date));
			assertThat(refused.status()).as(date).isEqualTo(400);
			assertThat(refused.json().path("errors").get(0).path("field").asString()).as(date).isEqualTo("birthDate");
		}
		assertThat(clients()).isEqualTo(before);
		for (String partial : List.of("1990", "1990-05", "2024-02-29")) {
			ApiClient.Response created = hostile.cm().post("/clients", Map.of("givenName", "Datum", "familyName", "Teilweise",
					"gender", "MALE", "birthDate", partial));
			assertThat(created.status()).as(partial).isEqualTo(201);
			assertThat(hostile.cm().get("/clients/" + created.text("id")).text("birthDate")).isEqualTo(partial);
		}
		Hostile.Victim victim = hostile.victim();
		Map<String, Object> contact = Hostile.contact("x");
		contact.put("on", "2026-02-30");
		assertThat(hostile.cm().post("/cases/" + victim.caseId() + "/contacts", contact).status()).isEqualTo(400);
		assertThat(hostile.cm().get("/cases/" + victim.caseId() + "/contacts").json().path("total").asInt()).isZero();
	}

	@Test
	void absurdMoneyAmountsAreRefusedAndNoApplicationIsStored() {
		ApiClient koord = hostile.as("koord.koeln");
		long before = hostile.asMunicipality(KOELN, jdbc -> jdbc.sql("select count(*) from funding_application")
				.query(Long.class).single());
		for (Object amount : List.of(-1, "-0.01", "1000.001", "1e400", "99999999999999999999.00", "NaN", "12,50")) {
			Map<String, Object> body = new HashMap<>();
			body.put("year", 2031);
			body.put("positions", List.of(Map.of("module", 1, "kind", "STAFF", "fte", 1.0, "months", 12)));
			body.put("materialCosts", amount);
			body.put("passThrough", List.of());
			ApiClient.Response refused = koord.post("/funding/applications", body);
			assertThat(refused.status()).as(String.valueOf(amount)).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
		}
		long after = hostile.asMunicipality(KOELN, jdbc -> jdbc.sql("select count(*) from funding_application")
				.query(Long.class).single());
		assertThat(after).isEqualTo(before);
	}

	@Test
	void aLostUpdateIs409AndTheFirstChangeStays() {
		Hostile.Victim victim = hostile.victim();
		Map<String, Object> first = new HashMap<>(Map.of("givenName", "Amina", "familyName", "Erste", "gender", "FEMALE",
				"version", 0));
		Map<String, Object> second = new HashMap<>(first);
		second.put("familyName", "Zweite");
		assertThat(hostile.cm().put("/clients/" + victim.clientId(), first).status()).isEqualTo(200);
		ApiClient.Response stale = hostile.as("cm2.koeln").put("/clients/" + victim.clientId(), second);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.text("type")).endsWith("/stale-version");
		assertThat(hostile.cm().get("/clients/" + victim.clientId()).text("familyName")).isEqualTo("Erste");
		ApiClient.Response stalePhase = hostile.cm().post("/cases/" + victim.caseId() + "/phase",
				Map.of("phase", "ASSESSMENT", "version", 5));
		assertThat(stalePhase.status()).isEqualTo(409);
		assertThat(hostile.cm().get("/cases/" + victim.caseId()).text("phase")).isEqualTo("INTAKE");
	}
}
