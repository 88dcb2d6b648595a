package de.nrw.kim.funding.pdf;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.platform.Municipality;

/**
 * The look of the funding PDFs (letters, notices): Helvetica in WinAnsi (umlauts, ß, €, „“, –),
 * German number formats, justified paragraphs, and how a municipality is addressed.
 */
public final class PdfStyle {

	public static final Locale GERMAN = Locale.GERMANY;

	private PdfStyle() {
	}

	public static Font font(float size, int style) {
		return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
	}

	public static Paragraph paragraph(String text, Font font) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setSpacingAfter(6);
		paragraph.setLeading(13);
		paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
		return paragraph;
	}

	public static Paragraph spacer(float height) {
		Paragraph spacer = new Paragraph(new Chunk(" "));
		spacer.setLeading(height);
		return spacer;
	}

	/** 1.234,50 */
	public static String number(BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(GERMAN);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/** 1.234,50 € */
	public static String euros(Money money) {
		return number(money.amount()) + " €";
	}

	/** "Stadt Köln", "Kreis Kleve", "Städteregion Aachen": the corporation its head of administration leads. */
	public static String corporation(Municipality municipality) {
		if ("KREISFREIE_STADT".equals(municipality.type())) {
			return "Stadt " + municipality.name().replace(" (Stadt)", "");
		}
		return municipality.name();
	}
}
