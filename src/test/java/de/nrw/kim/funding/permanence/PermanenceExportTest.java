package de.nrw.kim.funding.permanence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PermanenceExportTest {

	@Test
	void cellsThatASpreadsheetWouldRunAsFormulaGetALeadingApostrophe() {
		assertThat(PermanenceExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(PermanenceExport.cell("+1")).isEqualTo("'+1");
		assertThat(PermanenceExport.cell("-2")).isEqualTo("'-2");
		assertThat(PermanenceExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(PermanenceExport.cell("\tx")).isEqualTo("'\tx");
	}

	@Test
	void ordinaryCellsStayAsTheyAreAndSeparatorsAreQuoted() {
		assertThat(PermanenceExport.cell("Köln")).isEqualTo("Köln");
		assertThat(PermanenceExport.cell("a;b")).isEqualTo("\"a;b\"");
		assertThat(PermanenceExport.cell("")).isEmpty();
	}
}
