package de.nrw.kim.dataimport.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The sample file as a download. */
final class ImportDownloads {

	private ImportDownloads() {
	}

	static ResponseEntity<byte[]> template(byte[] body) {
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header("Content-Disposition", ContentDisposition.attachment().filename("kim-import-vorlage.xlsx").build().toString())
				.body(body);
	}
}
