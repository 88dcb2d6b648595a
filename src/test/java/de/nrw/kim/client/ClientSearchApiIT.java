package de.nrw.kim.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@KimIntegrationTest
class ClientSearchApiIT {

	@LocalServerPort
	int port;

	ApiClient cm() {
		return ApiClient.as(port, "cm.koeln");
	}

	String create(String given, String family, String original, String birthDate) {
		Map<String, Object> body = new HashMap<>(Map.of("givenName", given, "familyName", family, "gender", "UNSPECIFIED"));
		if (original != null) {
			body.put("originalScriptName", original);
		}
		if (birthDate != null) {
			body.put("birthDate", birthDate);
		}
		ApiClient.Response created = cm().post("/clients", body);
		assertThat(created.status()).isEqualTo(201);
		return created.text("id");
	}

	ApiClient.Response search(ApiClient as, String q) {
		return as.get("/clients?size=200&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
	}

	List<String> ids(ApiClient.Response response) {
		assertThat(response.status()).isEqualTo(200);
		return response.json().path("items").valueStream().map(item -> item.path("id").asString()).toList();
	}

	/** The client is found, and ranked first among the hits. */
	void findsFirst(String q, String id) {
		List<String> ids = ids(search(cm(), q));
		assertThat(ids).as("Suche nach „%s“", q).isNotEmpty();
		assertThat(ids.get(0)).as("bester Treffer für „%s“", q).isEqualTo(id);
	}

	@Nested
	class FindsAClient {

		@Test
		void despiteATypingError() {
			String given = TestNames.unique().latin();
			String id = create(given, "Schneider", null, "1980");
			findsFirst(given + " Schneidr", id);
			assertThat(ids(search(cm(), "Schneidr"))).contains(id);
		}

		@Test
		void writtenWithUmlautWithDigraphOrWithout() {
			String given = TestNames.unique().latin();
			String id = create(given, "Müller", null, null);
			findsFirst(given + " Mueller", id);
			findsFirst(given + " Muller", id);
			findsFirst(given + " Müller", id);
			String other = create(TestNames.unique().latin(), "Mueller", null, null);
			assertThat(ids(search(cm(), "Müller"))).contains(id, other);
		}

		@Test
		void byACologneHomophone() {
			String given = TestNames.unique().latin();
			String id = create(given, "Meier", null, null);
			findsFirst(given + " Mayer", id);
			findsFirst(given + " Maier", id);
			assertThat(ids(search(cm(), "Meyer"))).contains(id);
		}

		@Test
		void inCyrillicWhenItsNameIsLatinAndTheOtherWayRound() {
			TestNames token = TestNames.unique();
			String latin = create("Oleksandr", token.latin(), null, null);
			findsFirst("Олександр " + token.cyrillic(), latin);
			findsFirst("Aleksandr " + token.latin(), latin);
			TestNames other = TestNames.unique();
			String cyrillic = create("Олександр", other.cyrillic(), null, null);
			findsFirst("Oleksandr " + other.latin(), cyrillic);
		}

		@Test
		void byTheTransliterationOfItsOriginalScriptName() {
			String id = create("Olena", "Schewtschenko", "Олена Шевченко", null);
			assertThat(ids(search(cm(), "Shevchenko"))).contains(id);
			assertThat(ids(search(cm(), "Шевченко"))).contains(id);
		}

		@Test
		void inArabicWhenItsNameIsLatinAndTheOtherWayRound() {
			String withOriginal = create("Mohammed", "Al-Hassan", "محمد الحسن", null);
			String latinOnly = create("Muhammad", "Alhassan", null, null);
			assertThat(ids(search(cm(), "محمد الحسن"))).contains(withOriginal, latinOnly);
			String arabicOnly = create("يوسف", "الحداد", null, null);
			assertThat(ids(search(cm(), "Yusuf Al-Haddad"))).contains(arabicOnly);
		}

		@Test
		void withGivenAndFamilyNameSwapped() {
			String given = TestNames.unique().latin();
			String id = create(given, "Kowalczyk", null, null);
			findsFirst("Kowalczyk " + given, id);
			findsFirst("Kowalczyk, " + given, id);
		}

		@Test
		void fromTheBeginningOfItsName() {
			String family = TestNames.unique().latin();
			String id = create("Anastasia", family, null, null);
			findsFirst(family.substring(0, 5), id);
			findsFirst("Anast " + family.substring(0, 4), id);
		}
	}

	@Nested
	class Answers {

		@Test
		void theApiListFormatBestFirstWithScoresBetweenZeroAndOne() {
			String given = TestNames.unique().latin();
			String exact = create(given, "Becker", null, "1975-02-03");
			ApiClient.Response response = search(cm(), given + " Becker");
			JsonNode first = response.json().path("items").get(0);
			assertThat(first.path("id").asString()).isEqualTo(exact);
			assertThat(first.path("givenName").asString()).isEqualTo(given);
			assertThat(first.path("familyName").asString()).isEqualTo("Becker");
			assertThat(first.path("birthDate").asString()).isEqualTo("1975-02-03");
			assertThat(first.path("score").asDouble()).isEqualTo(1.0);
			assertThat(response.json().path("items").valueStream().map(item -> item.path("score").asDouble()))
					.allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0))
					.isSortedAccordingTo(java.util.Comparator.reverseOrder());
			assertThat(response.json().path("page").asInt()).isZero();
			assertThat(response.json().path("size").asInt()).isEqualTo(200);
			assertThat(response.json().path("total").asLong()).isGreaterThanOrEqualTo(1);
		}

		@Test
		void pageByPage() {
			String family = TestNames.unique().latin();
			for (int i = 0; i < 3; i++) {
				create("Marta", family, null, null);
			}
			ApiClient.Response second = cm().get("/clients?q=" + family + "&page=1&size=2");
			assertThat(second.json().path("total").asLong()).isEqualTo(3);
			assertThat(second.json().path("items").size()).isEqualTo(1);
		}

		@Test
		void nothingForAnUnrelatedName() {
			assertThat(ids(search(cm(), "Qwxzvbnmptk"))).isEmpty();
		}
	}

	@Nested
	class NeedToKnow {

		@Test
		void anotherMunicipalitysOrOrganisationsClientNeverAppears() {
			String family = TestNames.unique().latin();
			String ours = create("Hanna", family, null, null);
			String muenster = ApiClient.as(port, "cm.muenster").post("/clients",
					Map.of("givenName", "Hanna", "familyName", family, "gender", "FEMALE")).text("id");
			String caritas = ApiClient.as(port, "cm.caritas.koeln").post("/clients",
					Map.of("givenName", "Hanna", "familyName", family, "gender", "FEMALE")).text("id");
			assertThat(ids(search(cm(), "Hanna " + family))).contains(ours).doesNotContain(muenster, caritas);
			assertThat(ids(search(ApiClient.as(port, "cm2.koeln"), "Hanna " + family))).contains(ours);
			assertThat(ids(search(ApiClient.as(port, "cm.muenster"), "Hanna " + family))).containsExactly(muenster);
			assertThat(ids(search(ApiClient.as(port, "cm.caritas.koeln"), "Hanna " + family))).containsExactly(caritas);
		}

		@Test
		void stateLevelRolesAndCoordinatorsAreRefused() {
			for (String user : List.of("land", "bewilligung", "koord.koeln", "admin.koeln")) {
				assertThat(search(ApiClient.as(port, user), "Meier").status()).as(user).isEqualTo(403);
			}
		}

		@Test
		void everyListedClientIsAuditedAsReadForTheSearch() {
			String given = TestNames.unique().latin();
			String id = create(given, "Wagner", null, null);
			search(cm(), given + " Wagner");
			ApiClient.Response trail = ApiClient.as(port, "admin.koeln").get("/audit?clientId=" + id);
			assertThat(trail.json().path("items").valueStream()
					.map(e -> e.path("action").asString() + "/" + e.path("purpose").asString()))
					.containsExactly("CREATE/Fallbearbeitung", "READ/Suche");
		}
	}

	@Nested
	class RejectsBadInput {

		@Test
		void aMissingOrBlankQuery() {
			for (String path : List.of("/clients", "/clients?q=", "/clients?q=%20%20")) {
				ApiClient.Response rejected = cm().get(path);
				assertThat(rejected.status()).as(path).isEqualTo(400);
				assertThat(rejected.contentType()).startsWith("application/problem+json");
				assertThat(rejected.json().path("errors").get(0).path("field").asString()).isEqualTo("q");
			}
		}

		@Test
		void aQueryLongerThan100Characters() {
			ApiClient.Response rejected = search(cm(), "a".repeat(101));
			assertThat(rejected.status()).isEqualTo(400);
			assertThat(rejected.json().path("errors").get(0).path("message").asString()).contains("100");
			assertThat(search(cm(), "a".repeat(100)).status()).isEqualTo(200);
		}

		@Test
		void aPageSizeAbove200() {
			assertThat(cm().get("/clients?q=Meier&size=201").status()).isEqualTo(400);
		}

		@Test
		void nothingAUserCanTypeIsAServerError() {
			for (String q : List.of("%", "_", "'; drop table client; --", "\\", "{a,b}", "\u0000x", "🙂", "王小明", "---")) {
				assertThat(search(cm(), q).status()).as(q).isIn(200, 400);
			}
		}
	}
}
