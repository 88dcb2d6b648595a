package de.nrw.kim.survey.web;

import java.nio.charset.StandardCharsets;

import de.nrw.kim.survey.internal.Survey;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The result files of a survey as downloads. */
final class SurveyDownloads {

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private SurveyDownloads() {
	}

	static ResponseEntity<byte[]> csv(byte[] body, Survey survey) {
		return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), filename(survey, "csv"));
	}

	static ResponseEntity<byte[]> xlsx(byte[] body, Survey survey) {
		return download(body, XLSX, filename(survey, "xlsx"));
	}

	private static String filename(Survey survey, String extension) {
		return "kim-befragung-" + survey.id().toString().substring(0, 8) + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok().contentType(type)
				.header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
				.body(body);
	}
}
