package de.nrw.kim.cooperation;

import java.util.List;
import java.util.Map;

import de.nrw.kim.support.ApiClient;
import de.nrw.kim.support.KimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static de.nrw.kim.cooperation.CooperationFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referrals disclose only under a covering consent (partner × category × validity), are recorded as
 * disclosures, and the partner sees only what a consent covers today.
 */
@KimIntegrationTest
class ReferralApiIT {

	@LocalServerPort
	int port;

	CooperationFixtures f() {
		return new CooperationFixtures(port);
	}

	@Test
	void withoutAnyConsentNothingIsDisclosed() {
		String[] c = f().openCase();
		ApiClient.Response refused = f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("type")).isEqualTo("https://kim.nrw.de/problems/consent-required");
		assertThat(refused.json().path("missingCategories").toString()).contains("BASIC");
		assertThat(f().cm().get("/cases/" + c[0] + "/referrals").json().size()).isZero();
		assertThat(disclosures(c[1])).isEmpty();
		assertThat(f().as("admin.koeln").get("/transmissions?clientId=" + c[1]).json().path("total").asLong()).isZero();
	}

	@Test
	void aConsentForAnotherPartnerOrFewerCategoriesDoesNotCover() {
		String[] c = f().openCase();
		f().consent(c[1], List.of(f().immigrationOffice()), List.of("BASIC", "EDUCATION_WORK"), today(), null);
		assertThat(f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC")).status()).isEqualTo(409);
		f().consent(c[1], List.of(f().jobcenter()), List.of("BASIC"), today(), null);
		ApiClient.Response missingCategory = f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC", "EDUCATION_WORK"));
		assertThat(missingCategory.status()).isEqualTo(409);
		assertThat(missingCategory.json().path("missingCategories").valueStream().map(JsonNode::asString))
				.containsExactly("EDUCATION_WORK");
		assertThat(f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC")).status()).isEqualTo(201);
	}

	@Test
	void expiredAndRevokedConsentsStopCoveringAtOnce() {
		String[] c = f().openCase();
		f().consent(c[1], List.of(f().jobcenter()), List.of("BASIC"), today().minusMonths(2), today().minusDays(1));
		assertThat(f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC")).status()).isEqualTo(409);
		String consent = f().consent(c[1], List.of(f().jobcenter()), List.of("BASIC"), today(), today()).text("id");
		assertThat(f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC")).status()).isEqualTo(201);
		f().cm().post("/consents/" + consent + "/revoke", Map.of());
		assertThat(f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC")).status()).isEqualTo(409);
	}

	@Test
	void aReferralIsADisclosureNamingCategoriesRecipientAndConsent() {
		String[] c = f().openCase();
		String consent = f().consent(c[1], List.of(f().jobcenter()), List.of("BASIC", "EDUCATION_WORK"), today(), null).text("id");
		ApiClient.Response created = f().refer(c[0], f().jobcenter(), "WORK", List.of("BASIC", "EDUCATION_WORK"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("status")).isEqualTo("SENT");
		assertThat(created.text("legalDomain")).isEqualTo("SGB_II");
		assertThat(created.text("lifeDomain")).isEqualTo("WORK");
		assertThat(created.text("consentId")).isEqualTo(consent);
		assertThat(disclosures(c[1])).singleElement().satisfies(purpose -> assertThat(purpose)
				.contains(f().jobcenter()).contains("BASIC, EDUCATION_WORK").contains(consent));
		JsonNode register = f().as("admin.koeln").get("/transmissions?clientId=" + c[1]).json().path("items");
		assertThat(register.size()).isEqualTo(1);
		assertThat(register.get(0).path("recipientName").asString()).isEqualTo("Jobcenter Köln");
		assertThat(register.get(0).path("consentId").asString()).isEqualTo(consent);
		assertThat(register.get(0).path("occasion").asString()).isEqualTo("REFERRAL");
		assertThat(f().cm().get("/transmissions").status()).isEqualTo(403);

		JsonNode export = f().cm().get("/clients/" + c[1] + "/export").json();
		JsonNode section = export.path("sections").valueStream().filter(s -> s.path("section").asString().equals("transmissions"))
				.findFirst().orElseThrow();
		assertThat(section.path("data").get(0).path("recipient").asString()).isEqualTo("Jobcenter Köln");
		assertThat(section.path("data").get(0).path("consentId").asString()).isEqualTo(consent);
	}

	@Test
	void thePartnerSeesOnlyConsentedCategoriesAndNothingOnceTheConsentIsRevoked() {
		String[] c = f().openCase();
		String consent = f().consent(c[1], List.of(f().jobcenter()), List.of("BASIC", "EDUCATION_WORK"), today(), null).text("id");
		f().consent(c[1], List.of(f().immigrationOffice()), List.of("BASIC", "EDUCATION_WORK", "HEALTH"), today(), null);
		String referral = f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC", "EDUCATION_WORK")).text("id");

		ApiClient partner = f().partnerUser();
		JsonNode seen = partner.get("/referrals/" + referral).json();
		assertThat(seen.path("client").path("BASIC").path("familyName").asString()).isEqualTo(c[2]);
		assertThat(seen.path("client").path("EDUCATION_WORK").path("text").asString()).contains("Pflegehelferin");
		assertThat(seen.path("client").has("HEALTH")).isFalse();
		assertThat(seen.toString()).doesNotContain("Rückenleiden");
		assertThat(seen.path("caseId").isNull()).isTrue();
		assertThat(seen.path("clientId").isNull()).isTrue();
		assertThat(partner.get("/referrals?incoming=true&size=200").json().path("items").valueStream()
				.map(r -> r.path("id").asString())).contains(referral);

		f().cm().post("/consents/" + consent + "/revoke", Map.of());
		JsonNode afterRevocation = partner.get("/referrals/" + referral).json();
		assertThat(afterRevocation.path("status").asString()).isEqualTo("SENT");
		assertThat(afterRevocation.path("client").isNull()).isTrue();
		assertThat(afterRevocation.path("note").isNull()).isTrue();
		assertThat(afterRevocation.toString()).doesNotContain(c[2]).doesNotContain("Pflegehelferin");
		partner.get("/referrals?incoming=true&size=200").json().path("items").valueStream()
				.filter(r -> r.path("id").asString().equals(referral))
				.forEach(r -> assertThat(r.toString()).doesNotContain(c[2]));
	}

	@Test
	void aPartnerNeverSeesAReferralAddressedToAnotherPartner() {
		String[] c = f().openCase();
		f().consent(c[1], List.of(f().immigrationOffice()), List.of("BASIC", "RESIDENCE"), today(), null);
		String referral = f().refer(c[0], f().immigrationOffice(), "AUFENTHG", List.of("BASIC", "RESIDENCE")).text("id");
		assertThat(f().partnerUser().get("/referrals/" + referral).status()).isEqualTo(404);
		assertThat(f().partnerUser().patch("/referrals/" + referral, Map.of("status", "ACCEPTED")).status()).isEqualTo(404);
		assertThat(f().partnerUser().get("/referrals?incoming=true&size=200").toString()).doesNotContain(referral);
	}

	@Test
	void thePartnerAcceptsDeclinesWithReasonAndCompletesWithOutcome() {
		String[] c = f().openCase();
		f().consent(c[1], List.of(f().jobcenter()), List.of("BASIC"), today(), null);
		String first = f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC")).text("id");
		ApiClient partner = f().partnerUser();
		assertThat(partner.patch("/referrals/" + first, Map.of("status", "DECLINED")).status()).isEqualTo(400);
		assertThat(partner.patch("/referrals/" + first, Map.of("status", "COMPLETED")).status()).isEqualTo(409);
		assertThat(partner.patch("/referrals/" + first, Map.of("status", "ACCEPTED")).text("status")).isEqualTo("ACCEPTED");
		ApiClient.Response completed = partner.patch("/referrals/" + first,
				Map.of("status", "COMPLETED", "outcome", "In Maßnahme zur Aktivierung vermittelt"));
		assertThat(completed.text("status")).isEqualTo("COMPLETED");
		assertThat(f().cm().get("/referrals/" + first).text("outcome")).isEqualTo("In Maßnahme zur Aktivierung vermittelt");

		String second = f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC")).text("id");
		ApiClient.Response declined = partner.patch("/referrals/" + second,
				Map.of("status", "DECLINED", "declineReason", "NO_CAPACITY"));
		assertThat(declined.text("declineReason")).isEqualTo("NO_CAPACITY");
		assertThat(partner.patch("/referrals/" + second, Map.of("status", "WITHDRAWN")).status()).isEqualTo(409);

		String third = f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC")).text("id");
		assertThat(f().cm().patch("/referrals/" + third, Map.of("status", "ACCEPTED")).status()).isEqualTo(409);
		assertThat(f().cm().patch("/referrals/" + third, Map.of("status", "WITHDRAWN", "version", 0)).text("status"))
				.isEqualTo("WITHDRAWN");
	}

	@Test
	void wrongInputIsA400WithFieldsAndAClosedCaseRefusesReferrals() {
		String[] c = f().openCase();
		f().consent(c[1], List.of(f().jobcenter()), List.of("BASIC"), today(), null);
		ApiClient.Response bad = f().cm().post("/cases/" + c[0] + "/referrals",
				Map.of("partnerId", "nix", "domain", "KOCHEN", "dataCategories", List.of()));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().path("errors").valueStream().map(e -> e.path("field").asString()))
				.contains("partnerId", "domain", "dataCategories");
		f().cm().post("/cases/" + c[0] + "/close", Map.of("reason", "GOALS_ACHIEVED"));
		ApiClient.Response closed = f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC"));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.text("type")).endsWith("/case-closed");
	}

	@Test
	void anotherMunicipalityGets404() {
		String[] c = f().openCase();
		f().consent(c[1], List.of(f().jobcenter()), List.of("BASIC"), today(), null);
		String referral = f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC")).text("id");
		assertThat(f().as("cm.muenster").get("/referrals/" + referral).status()).isEqualTo(404);
		assertThat(f().as("cm.muenster").patch("/referrals/" + referral, Map.of("status", "WITHDRAWN")).status()).isEqualTo(404);
		assertThat(f().as("cm.muenster").get("/cases/" + c[0] + "/referrals").status()).isEqualTo(404);
		assertThat(f().as("cm.muenster").post("/cases/" + c[0] + "/referrals",
				Map.of("partnerId", f().jobcenter(), "domain", "SGB_II", "dataCategories", List.of("BASIC"))).status())
				.isEqualTo(404);
	}

	@Test
	void figuresAreAggregatedAndReachTheStateForAnyMunicipality() {
		String[] c = f().openCase();
		f().consent(c[1], List.of(f().jobcenter()), List.of("BASIC"), today(), null);
		String referral = f().refer(c[0], f().jobcenter(), "SGB_II", List.of("BASIC")).text("id");
		f().partnerUser().patch("/referrals/" + referral, Map.of("status", "DECLINED", "declineReason", "NO_CAPACITY"));
		int year = today().getYear();
		JsonNode state = f().as("land").get("/referral-figures?municipalityKey=05315&year=" + year).json();
		assertThat(state.path("total").asLong()).isPositive();
		assertThat(state.path("byLegalDomain").path("SGB_II").asLong()).isPositive();
		assertThat(state.path("byDeclineReason").path("NO_CAPACITY").asLong()).isPositive();
		assertThat(state.toString()).doesNotContain(c[2]).doesNotContain(referral);
		JsonNode own = f().as("koord.koeln").get("/referral-figures?year=" + year).json();
		assertThat(own.path("total").asLong()).isEqualTo(state.path("total").asLong());
		assertThat(f().as("koord.muenster").get("/referral-figures?municipalityKey=05315&year=" + year).status()).isEqualTo(404);
		assertThat(f().as("land").get("/referrals").status()).isEqualTo(403);
	}

	List<String> disclosures(String clientId) {
		return f().as("admin.koeln").get("/audit?clientId=" + clientId + "&size=200").json().path("items").valueStream()
				.filter(e -> e.path("action").asString().equals("DISCLOSE")).map(e -> e.path("purpose").asString()).toList();
	}
}
