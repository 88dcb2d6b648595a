package de.nrw.kim.dataimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import de.nrw.kim.support.ApiClient;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test files for the import and the multipart upload the API expects. */
final class ImportFiles {

	private ImportFiles() {
	}

	/** A unique, pronounceable family name, so a test finds its own clients in the shared database. */
	static String uniqueName() {
		String consonants = "bdfklmnprt";
		String vowels = "aoui";
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			name.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())))
					.append(vowels.charAt(ThreadLocalRandom.current().nextInt(vowels.length())));
		}
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	static byte[] xlsx(List<List<Object>> rows, boolean formulaInFirstNameOfRow2) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Tabelle1");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object value = rows.get(r).get(c);
					if (value instanceof Number n) {
						row.createCell(c).setCellValue(n.doubleValue());
					} else {
						row.createCell(c).setCellValue(String.valueOf(value));
					}
				}
			}
			if (formulaInFirstNameOfRow2) {
				var cell = sheet.getRow(1).getCell(0);
				cell.setCellFormula("\"Ok\"&\"sana\"");
				workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static ApiClient.Response upload(ApiClient client, String filename, byte[] content) {
		String boundary = "----kim" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.send(client.request("/imports").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}
}
