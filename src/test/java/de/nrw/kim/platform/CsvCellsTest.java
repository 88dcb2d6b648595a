package de.nrw.kim.platform;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

	@Test
	void cellsThatASpreadsheetWouldRunAsAFormulaAreShownAsText() {
		assertThat(CsvCells.text("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(CsvCells.text("+49 221 1234")).isEqualTo("'+49 221 1234");
		assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvCells.text("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
		assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvCells.text("\r=1")).isEqualTo("\"'\r=1\"");
	}

	@Test
	void ordinaryTextStaysAsItIsAndIsQuotedOnlyWhereNeeded() {
		assertThat(CsvCells.text("Köln")).isEqualTo("Köln");
		assertThat(CsvCells.text("a;b")).isEqualTo("\"a;b\"");
		assertThat(CsvCells.text("Zeile\nzwei")).isEqualTo("\"Zeile\nzwei\"");
		assertThat(CsvCells.text(null)).isEmpty();
		assertThat(CsvCells.line(List.of("a", "=b"))).isEqualTo("a;'=b\r\n");
	}

	@Test
	void numbersWeFormatOurselvesAreNumbersWithADecimalComma() {
		assertThat(CsvCells.number(new BigDecimal("-1.50"))).isEqualTo("-1,50");
		assertThat(CsvCells.number(null)).isEmpty();
	}
}
