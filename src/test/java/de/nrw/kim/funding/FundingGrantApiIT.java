package de.nrw.kim.funding;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
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
class FundingGrantApiIT {

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	static Map<String, Object> application(int year) {
		return Map.of("year", year,
				"positions", List.of(
						Map.of("module", 1, "kind", "STAFF", "fte", 1.0, "months", 12, "newPosition", true),
						Map.of("module", 1, "kind", "ADMIN_ASSISTANCE", "fte", 0.5, "months", 12),
						Map.of("module", 2, "kind", "STAFF", "fte", 1.0, "months", 6),
						Map.of("module", 3, "kind", "STAFF", "fte", 0.5, "months", 12)),
				"materialCosts", "1000.00",
				"passThrough", List.of(Map.of("recipientName", "Caritasverband Köln", "recipientKind", "WELFARE_ORG", "amount", 28500)));
	}

	String submitted(int year) {
		String id = as("koord.koeln").post("/funding/applications", application(year)).text("id");
		assertThat(as("koord.koeln").post("/funding/applications/" + id + "/submit", Map.of()).status()).isEqualTo(200);
		return id;
	}

	static BigDecimal dec(JsonNode node) {
		return node.decimalValue();
	}

	@Nested
	class Applying {

		@Test
		void theRequestedAmountIsComputedWithTheRulesOfTheYear() {
			ApiClient.Response created = as("koord.koeln").post("/funding/applications", application(2026));
			assertThat(created.status()).isEqualTo(201);
			assertThat(created.header("Location")).endsWith("/api/v1/funding/applications/" + created.text("id"));
			assertThat(created.text("status")).isEqualTo("DRAFT");
			// 57,000 + 5,700 equipment + 22,500 admin + 28,500 (6 months) + 28,500 (0.5 FTE) + 1,000 material
			assertThat(dec(created.json().path("requestedAmount"))).isEqualByComparingTo("143200.00");
			assertThat(created.raw().body()).contains("\"requestedAmount\":143200.00");
			assertThat(dec(created.json().path("byModule").path("1"))).isEqualByComparingTo("86200.00");
			assertThat(dec(created.json().path("byModule").path("2"))).isEqualByComparingTo("28500.00");
			assertThat(dec(created.json().path("byModule").path("3"))).isEqualByComparingTo("28500.00");
			assertThat(created.text("guidelineVersion")).startsWith("KIM-2024");
			assertThat(created.json().path("positions").get(0).path("rules").valueStream().map(JsonNode::asString))
					.contains("PERSONNEL_LUMP_SUM", "WORKPLACE_EQUIPMENT");
		}

		@Test
		void isDueOnTheThirtyFirstOfOctoberBeforeAndFlaggedLateAfter() {
			ApiClient.Response early = as("koord.koeln").post("/funding/applications", application(2099));
			assertThat(early.json().path("late").asBoolean()).isFalse();
			assertThat(early.text("dueOn")).isEqualTo("2098-10-31");
			assertThat(early.text("guidelineVersion")).contains("vorläufig");
			String id = submitted(2026);
			JsonNode late = as("koord.koeln").get("/funding/applications/" + id).json();
			assertThat(late.path("late").asBoolean()).isTrue();
			assertThat(late.path("status").asString()).isEqualTo("SUBMITTED");
		}

		@Test
		void badLinesAndTooMuchPassThroughAreRejectedWithFieldErrors() {
			ApiClient.Response bad = as("koord.koeln").post("/funding/applications", Map.of("year", 2027,
					"positions", List.of(Map.of("module", 4, "fte", 0.33, "months", 13))));
			assertThat(bad.status()).isEqualTo(400);
			assertThat(bad.json().path("errors").valueStream().map(e -> e.path("field").asString()))
					.containsExactlyInAnyOrder("positions[0].module", "positions[0].fte", "positions[0].months");
			ApiClient.Response tooMuch = as("koord.koeln").post("/funding/applications", Map.of("year", 2027,
					"positions", List.of(Map.of("module", 2, "fte", 1.0, "months", 12)),
					"passThrough", List.of(Map.of("recipientName", "Gemeinde X", "recipientKind", "TOWN", "amount", 60000))));
			assertThat(tooMuch.status()).isEqualTo(400);
			assertThat(tooMuch.json().path("errors").get(0).path("field").asString()).isEqualTo("passThrough");
		}

		@Test
		void onlyCoordinatorsApplyAndCaseManagersSeeNothing() {
			assertThat(as("bewilligung").post("/funding/applications", application(2027)).status()).isEqualTo(403);
			assertThat(as("cm.koeln").get("/funding/applications").status()).isEqualTo(403);
		}
	}

	@Nested
	class Cycle {

		@Test
		void submitReturnCorrectResubmitDecidePayWithHistory() {
			String id = submitted(2026);
			assertThat(as("koord.koeln").post("/funding/applications/" + id + "/submit", Map.of()).text("type")).endsWith("/invalid-transition");
			assertThat(as("bewilligung").post("/funding/applications/" + id + "/return", Map.of()).status()).isEqualTo(400);
			ApiClient.Response returned = as("bewilligung").post("/funding/applications/" + id + "/return",
					Map.of("reason", "Bitte Baustein 3 belegen."));
			assertThat(returned.text("status")).isEqualTo("RETURNED");
			assertThat(returned.text("returnReason")).isEqualTo("Bitte Baustein 3 belegen.");
			int version = as("koord.koeln").get("/funding/applications/" + id).json().path("version").asInt();
			Map<String, Object> corrected = new java.util.HashMap<>(application(2026));
			corrected.put("version", version);
			corrected.put("materialCosts", 0);
			ApiClient.Response changed = as("koord.koeln").put("/funding/applications/" + id, corrected);
			assertThat(changed.status()).isEqualTo(200);
			assertThat(dec(changed.json().path("requestedAmount"))).isEqualByComparingTo("142200.00");
			assertThat(as("koord.koeln").put("/funding/applications/" + id, corrected).status()).isEqualTo(409);
			as("koord.koeln").post("/funding/applications/" + id + "/submit", Map.of());

			assertThat(as("koord.koeln").post("/funding/applications/" + id + "/decide", Map.of("decision", "APPROVED")).status()).isEqualTo(403);
			assertThat(as("land").post("/funding/applications/" + id + "/decide", Map.of("decision", "APPROVED")).status()).isEqualTo(403);
			ApiClient.Response noReason = as("bewilligung").post("/funding/applications/" + id + "/decide",
					Map.of("decision", "PARTLY_APPROVED", "approvedAmount", 100000));
			assertThat(noReason.status()).isEqualTo(400);
			ApiClient.Response notice = as("bewilligung").post("/funding/applications/" + id + "/decide",
					Map.of("decision", "PARTLY_APPROVED", "approvedAmount", "100000.00", "reason", "Haushaltsmittel begrenzt"));
			assertThat(notice.status()).isEqualTo(201);
			assertThat(notice.header("Location")).endsWith("/api/v1/funding/notices/" + notice.text("id"));
			assertThat(dec(notice.json().path("approvedAmount"))).isEqualByComparingTo("100000.00");
			BigDecimal sum = dec(notice.json().path("byModule").path("1")).add(dec(notice.json().path("byModule").path("2")))
					.add(dec(notice.json().path("byModule").path("3")));
			assertThat(sum).isEqualByComparingTo("100000.00");
			assertThat(dec(notice.json().path("byModule").path("2"))).isLessThanOrEqualTo(dec(notice.json().path("computedByModule").path("2")));
			assertThat(notice.text("referenceNumber")).startsWith("BRA-36-KIM-2026-05315-");
			assertThat(as("bewilligung").post("/funding/applications/" + id + "/decide", Map.of("decision", "APPROVED")).status()).isEqualTo(409);
			assertThat(as("koord.koeln").get("/funding/applications/" + id).text("status")).isEqualTo("DECIDED");

			String noticeId = notice.text("id");
			assertThat(as("bewilligung").post("/funding/payments", Map.of("noticeId", noticeId, "on", "2026-02-01", "amount", 60000)).status()).isEqualTo(201);
			ApiClient.Response tooMuch = as("bewilligung").post("/funding/payments", Map.of("noticeId", noticeId, "on", "2026-06-01", "amount", "40000.01"));
			assertThat(tooMuch.status()).isEqualTo(409);
			assertThat(tooMuch.text("type")).endsWith("/payment-exceeds-notice");
			assertThat(as("bewilligung").post("/funding/payments", Map.of("noticeId", noticeId, "on", "2026-06-01", "amount", 40000)).status()).isEqualTo(201);
			assertThat(as("bewilligung").post("/funding/payments", Map.of("noticeId", noticeId, "on", "2026-07-01", "amount", "0.01")).status()).isEqualTo(409);
			assertThat(as("koord.koeln").post("/funding/payments", Map.of("noticeId", noticeId, "on", "2026-07-01", "amount", 1)).status()).isEqualTo(403);
			JsonNode read = as("koord.koeln").get("/funding/notices/" + noticeId).json();
			assertThat(dec(read.path("paid"))).isEqualByComparingTo("100000.00");
			assertThat(dec(read.path("remaining"))).isEqualByComparingTo("0.00");

			assertThat(as("land").get("/funding/applications/" + id + "/history").json().path("items").valueStream()
					.map(c -> c.path("action").asString()))
					.containsSubsequence("CREATED", "SUBMITTED", "RETURNED", "CHANGED", "SUBMITTED", "DECIDED")
					.contains("ISSUED", "PAID");
		}

		@Test
		void aFullApprovalTakesTheComputedAmountAndARejectionNeedsAReason() {
			String approvedId = submitted(2026);
			ApiClient.Response approved = as("bewilligung").post("/funding/applications/" + approvedId + "/decide",
					Map.of("decision", "APPROVED"));
			assertThat(dec(approved.json().path("approvedAmount"))).isEqualByComparingTo("143200.00");
			assertThat(approved.raw().body()).contains("\"byModule\":{\"1\":86200.00,\"2\":28500.00,\"3\":28500.00}");
			String rejectedId = submitted(2026);
			assertThat(as("bewilligung").post("/funding/applications/" + rejectedId + "/decide", Map.of("decision", "REJECTED")).status()).isEqualTo(400);
			ApiClient.Response rejected = as("bewilligung").post("/funding/applications/" + rejectedId + "/decide",
					Map.of("decision", "REJECTED", "reason", "Keine Haushaltsmittel"));
			assertThat(dec(rejected.json().path("approvedAmount"))).isEqualByComparingTo("0.00");
		}

		@Test
		void theNoticeIsAPdfAndInvisibleToOtherMunicipalities() throws Exception {
			String id = submitted(2026);
			String noticeId = as("bewilligung").post("/funding/applications/" + id + "/decide", Map.of("decision", "APPROVED")).text("id");
			HttpResponse<byte[]> pdf = FundingPages.getBytes(port, "koord.koeln", "/api/v1/funding/notices/" + noticeId + "/pdf");
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
			String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf.body())).getTextFromPage(1);
			assertThat(text).contains("Zuwendungsbescheid", "Stadt Köln", "143.200,00 €", "Nebenbestimmungen");
			assertThat(as("koord.muenster").get("/funding/notices/" + noticeId).status()).isEqualTo(404);
			assertThat(FundingPages.getBytes(port, "koord.muenster", "/api/v1/funding/notices/" + noticeId + "/pdf").statusCode()).isEqualTo(404);
			assertThat(as("koord.muenster").get("/funding/applications/" + id).status()).isEqualTo(404);
			assertThat(as("land").get("/funding/notices/" + noticeId).status()).isEqualTo(200);
		}
	}
}
