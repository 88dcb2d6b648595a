package de.nrw.kim.casework.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import de.nrw.kim.casework.ClosureReason;
import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.casework.Need;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Value objects validate in their constructors: an invalid one cannot exist, and every error names its field. */
class ValueObjectsTest {

	static List<String> fields(ThrowingCallable creation) {
		try {
			creation.call();
		} catch (CaseInputException e) {
			return e.violations().stream().map(Violation::field).toList();
		} catch (Throwable e) {
			throw new AssertionError(e);
		}
		throw new AssertionError("keine Verletzung");
	}

	@Nested
	class ContactDetailsTest {

		@Test
		void namesEveryBrokenFieldAtOnce() {
			assertThat(fields(() -> new ContactDetails(null, null, 0, false, "x".repeat(10_001))))
					.containsExactly("on", "mode", "minutes", "note");
		}

		@Test
		void acceptsTheLimits() {
			new ContactDetails(LocalDate.of(2026, 1, 1), ContactMode.VIDEO, 1, true, "x".repeat(10_000));
			new ContactDetails(LocalDate.of(2026, 1, 1), ContactMode.VIDEO, 600, true, null);
			assertThat(fields(() -> new ContactDetails(LocalDate.of(2026, 1, 1), ContactMode.VIDEO, 601, true, null)))
					.containsExactly("minutes");
		}

		@Test
		void saysInGermanHowLongANoteMayBe() {
			assertThatThrownBy(() -> new ContactDetails(LocalDate.of(2026, 1, 1), ContactMode.PHONE, 5, false,
					"x".repeat(2 * 1024 * 1024)))
					.hasMessageContaining("10.000").hasMessageContaining("2.097.152");
		}

		@Test
		void refusesControlCharactersButKeepsLineBreaks() {
			assertThat(new ContactDetails(LocalDate.of(2026, 1, 1), ContactMode.PHONE, 5, false, " a\nb ").note())
					.isEqualTo("a\nb");
			assertThat(fields(() -> new ContactDetails(LocalDate.of(2026, 1, 1), ContactMode.PHONE, 5, false, "a\u0000b")))
					.containsExactly("note");
		}
	}

	@Nested
	class AssessmentDraftTest {

		@Test
		void refusesEmptyDuplicateAndIncompleteDomains() {
			assertThat(fields(() -> new AssessmentDraft(List.of()))).containsExactly("domains");
			assertThat(fields(() -> new AssessmentDraft(List.of(new DomainAssessment(LifeDomain.WORK, Need.LOW, null),
					new DomainAssessment(LifeDomain.WORK, Need.HIGH, null), new DomainAssessment(null, null, null)))))
					.containsExactly("domains[1].domain", "domains[2].domain", "domains[2].need");
		}

		@Test
		void sortsTheDomains() {
			assertThat(new AssessmentDraft(List.of(new DomainAssessment(LifeDomain.WORK, Need.LOW, null),
					new DomainAssessment(LifeDomain.RESIDENCE, Need.HIGH, null))).domains())
					.extracting(DomainAssessment::domain).containsExactly(LifeDomain.RESIDENCE, LifeDomain.WORK);
		}
	}

	@Nested
	class ManualClosureTest {

		@Test
		void transferredIsSetOnlyByATransfer() {
			assertThat(fields(() -> new ManualClosure(ClosureReason.TRANSFERRED, null))).containsExactly("reason");
			assertThat(fields(() -> new ManualClosure(null, "x".repeat(2001)))).containsExactly("reason", "note");
			assertThat(new ManualClosure(ClosureReason.NO_CONTACT, "  ").note()).isNull();
		}
	}

	@Nested
	class GoalAndFollowUpDrafts {

		@Test
		void needATitleAndAPlausibleDate() {
			assertThat(fields(() -> new GoalDraft(null, " ", LocalDate.of(1999, 12, 31)))).containsExactly("domain", "title", "dueOn");
			assertThat(new GoalDraft(LifeDomain.WORK, "  Job\n finden ", null).title()).isEqualTo("Job finden");
			assertThat(fields(() -> new FollowUpDraft(null, null))).containsExactly("dueOn", "title");
		}
	}

	@Nested
	class UploadedFileTest {

		@Test
		void recognisesTheTypeByContentAndGivesTheNameItsExtension() {
			UploadedFile png = UploadedFile.of(null, "C:\\Users\\x\\Foto vom Amt.pdf",
					new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1 });
			assertThat(png.type()).isEqualTo(DocumentType.PNG);
			assertThat(png.fileName()).isEqualTo("Foto_vom_Amt.png");
			assertThat(png.title()).isEqualTo("Foto_vom_Amt.png");
			assertThat(png.sha256()).hasSize(64);
			assertThat(UploadedFile.of("Scan", "scan.jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }).type())
					.isEqualTo(DocumentType.JPEG);
		}

		@Test
		void refusesEverythingElseWhateverItIsCalled() {
			for (String content : List.of("<html><script>x</script>", "MZ\u0090\u0000", "GIF89a", "%PD", "")) {
				assertThat(fields(() -> UploadedFile.of(null, "ok.pdf", content.getBytes(StandardCharsets.ISO_8859_1))))
						.as(content).containsExactly("file");
			}
		}

		@Test
		void makesEvilNamesHarmless() {
			assertThat(UploadedFile.safeFileName("../../etc/passwd\r\n.pdf", DocumentType.PDF)).isEqualTo("passwd.pdf");
			assertThat(UploadedFile.safeFileName("\"; filename=evil.html", DocumentType.PDF)).isEqualTo("filename_evil.pdf");
			assertThat(UploadedFile.safeFileName("Bescheid Jobcenter (März).pdf", DocumentType.PDF)).isEqualTo("Bescheid_Jobcenter_Marz.pdf");
			assertThat(UploadedFile.safeFileName(null, DocumentType.JPEG)).isEqualTo("dokument.jpg");
			assertThat(UploadedFile.safeFileName("x".repeat(300) + ".pdf", DocumentType.PDF)).hasSize(104);
		}

		@Test
		void refusesMoreThanTwentyMegabytes() {
			byte[] big = new byte[(int) UploadedFile.MAX_BYTES + 1];
			byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
			System.arraycopy(magic, 0, big, 0, magic.length);
			assertThat(fields(() -> UploadedFile.of(null, "gross.pdf", big))).containsExactly("file");
			Arrays.fill(big, (byte) 0);
		}
	}

	@Nested
	class AssessmentComparison {

		@Test
		void showsProgressPerDomainAgainstThePreviousAssessmentNewestFirst() {
			var first = new Assessment(java.util.UUID.randomUUID(), null, LocalDate.of(2026, 1, 1), java.time.Instant.EPOCH, "a",
					List.of(new DomainAssessment(LifeDomain.LANGUAGE, Need.HIGH, null), new DomainAssessment(LifeDomain.WORK, Need.LOW, null)));
			var second = new Assessment(java.util.UUID.randomUUID(), null, LocalDate.of(2026, 3, 1), java.time.Instant.EPOCH, "a",
					List.of(new DomainAssessment(LifeDomain.LANGUAGE, Need.MEDIUM, null), new DomainAssessment(LifeDomain.WORK, Need.HIGH, null),
							new DomainAssessment(LifeDomain.HOUSING, Need.NONE, null)));
			List<ComparedAssessment> history = ComparedAssessment.history(List.of(first, second));
			assertThat(history).extracting(ComparedAssessment::assessment).containsExactly(second, first);
			assertThat(history.get(0).domains()).extracting(ComparedAssessment.DomainChange::change)
					.containsExactly(NeedChange.IMPROVED, NeedChange.WORSENED, NeedChange.NEW);
			assertThat(history.get(1).domains()).extracting(ComparedAssessment.DomainChange::change).containsOnly(NeedChange.NEW);
		}
	}
}
