package de.nrw.kim.dataimport.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The sample file: the expected headers and one example row, every cell as text. */
public final class ImportTemplate {

	static final List<String> EXAMPLE = List.of("Olena", "Kovalenko", "Олена Коваленко", "04.1988", "weiblich", "UKR",
			"uk, ru", "15.03.2022", "+49 221 1234567", "olena.kovalenko@example.org", "ja");

	private ImportTemplate() {
	}

	public static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Klientinnen und Klienten");
			var text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			Row header = sheet.createRow(0);
			Row example = sheet.createRow(1);
			Target[] targets = Target.values();
			for (int i = 0; i < targets.length; i++) {
				header.createCell(i).setCellValue(targets[i].header());
				example.createCell(i).setCellValue(EXAMPLE.get(i));
				example.getCell(i).setCellStyle(text);
				sheet.setDefaultColumnStyle(i, text);
				sheet.autoSizeColumn(i);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
