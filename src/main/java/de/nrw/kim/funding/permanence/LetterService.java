package de.nrw.kim.funding.permanence;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import de.nrw.kim.funding.domain.FundingAuthorities;
import de.nrw.kim.funding.pdf.PdfStyle;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ministry's letters: one formal German letter per municipality to its head of administration
 * (Oberbürgermeister*in, Landrät*in, Städteregionsrat*rätin) with that municipality's own permanence
 * figures, urging permanent contracts because § 9 TIntG makes KIM permanent. Texts come from the
 * message bundle, always in German.
 */
@Service
public class LetterService {

	private static final Locale GERMAN = PdfStyle.GERMAN;
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", GERMAN);
	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", GERMAN);

	private final PermanenceService permanence;
	private final MessageSource messages;
	private final java.time.Clock clock;

	LetterService(PermanenceService permanence, MessageSource messages, java.time.Clock clock) {
		this.permanence = permanence;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.MINISTRY)
	public byte[] letters(List<String> municipalityKeys, LocalDate on) {
		if (municipalityKeys == null || municipalityKeys.isEmpty()) {
			throw new ValidationException("municipalityKeys", "Bitte mindestens eine Kommune auswählen.");
		}
		PermanenceReport report = permanence.on(on);
		Map<String, PermanenceReport.MunicipalityFigures> byKey = report.municipalities().stream()
				.collect(Collectors.toMap(f -> f.municipality().key(), Function.identity()));
		List<String> unknown = municipalityKeys.stream()
				.filter(key -> key == null || !MunicipalityKey.isValid(key) || !byKey.containsKey(key)).toList();
		if (!unknown.isEmpty()) {
			throw new ValidationException("municipalityKeys", "Unbekannte Kommune(n): " + String.join(", ",
					unknown.stream().map(String::valueOf).toList()) + ".");
		}
		List<PermanenceReport.MunicipalityFigures> addressees = new LinkedHashSet<>(municipalityKeys).stream()
				.map(byKey::get).toList();
		return render(addressees, report, CurrentUser.require().displayName());
	}

	private byte[] render(List<PermanenceReport.MunicipalityFigures> addressees, PermanenceReport report, String signer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 65, 55, 45, 40);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(text("funding.letter.documentTitle", DATE.format(report.on())));
		document.addAuthor(text("funding.letter.sender1"));
		document.addCreator("KIM-Plattform");
		document.open();
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString("de-DE"));
		boolean first = true;
		for (PermanenceReport.MunicipalityFigures addressee : addressees) {
			if (!first) {
				document.newPage();
			}
			first = false;
			letter(document, addressee, report, signer);
		}
		document.close();
		return out.toByteArray();
	}

	private void letter(Document document, PermanenceReport.MunicipalityFigures addressee, PermanenceReport report,
			String signer) {
		Font small = PdfStyle.font(8, Font.NORMAL);
		Font normal = PdfStyle.font(10, Font.NORMAL);
		Font bold = PdfStyle.font(10, Font.BOLD);
		String type = addressee.municipality().type();
		String name = addressee.municipality().name();
		PermanenceFigures f = addressee.figures();
		document.add(new Paragraph(text("funding.letter.sender1") + "\n" + text("funding.letter.sender2") + "\n"
				+ text("funding.letter.sender3"), small));
		document.add(PdfStyle.spacer(14));
		document.add(new Paragraph(PdfStyle.corporation(addressee.municipality()) + "\n" + text("funding.letter.head." + type), normal));
		document.add(PdfStyle.spacer(14));
		Paragraph date = new Paragraph(text("funding.letter.placeAndDate", LONG_DATE.format(LocalDate.now(clock))), normal);
		date.setAlignment(Element.ALIGN_RIGHT);
		document.add(date);
		document.add(PdfStyle.spacer(12));
		document.add(new Paragraph(text("funding.letter.subject", DATE.format(report.on())), bold));
		document.add(PdfStyle.spacer(10));
		document.add(PdfStyle.paragraph(text("funding.letter.salutation." + type), normal));
		document.add(PdfStyle.paragraph(text("funding.letter.law"), normal));
		if (f.positions() == 0) {
			document.add(PdfStyle.paragraph(text("funding.letter.noPositions", name, DATE.format(report.on())), normal));
		} else {
			document.add(PdfStyle.paragraph(text("funding.letter.figuresIntro", name, DATE.format(report.on())), normal));
			document.add(figures(f, report.state(), report.scope() == PermanenceReport.Scope.STATE, normal, bold));
			document.add(PdfStyle.paragraph(f.fteFixedTerm().signum() > 0
					? text("funding.letter.fixedTerm", PdfStyle.number(f.fteFixedTerm()), f.fixedTermEndingWithin12Months())
					: text("funding.letter.allPermanent"), normal));
			if (f.phaseOutPositions() > 0) {
				document.add(PdfStyle.paragraph(text("funding.letter.phaseOut", f.phaseOutPositions()), normal));
			}
		}
		document.add(PdfStyle.paragraph(text("funding.letter.request"), normal));
		document.add(PdfStyle.paragraph(text("funding.letter.contact"), normal));
		document.add(PdfStyle.spacer(6));
		document.add(new Paragraph(text("funding.letter.closing") + "\n" + text("funding.letter.onBehalf") + "\n\n" + signer, normal));
	}

	private PdfPTable figures(PermanenceFigures f, PermanenceFigures state, boolean withState, Font normal, Font bold) {
		PdfPTable table = new PdfPTable(2);
		table.setWidthPercentage(100);
		table.setWidths(new float[] { 3.2f, 1f });
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { text("funding.letter.row.total"), PdfStyle.number(f.fteTotal()) });
		rows.add(new String[] { text("funding.letter.row.permanent"), PdfStyle.number(f.ftePermanent()) });
		rows.add(new String[] { text("funding.letter.row.fixedTerm"), PdfStyle.number(f.fteFixedTerm()) });
		rows.add(new String[] { text("funding.letter.row.share"), percent(f.permanentShare()) });
		rows.add(new String[] { text("funding.letter.row.vacant"), PdfStyle.number(f.fteVacant()) });
		rows.add(new String[] { text("funding.letter.row.ending"), String.valueOf(f.fixedTermEndingWithin12Months()) });
		rows.add(new String[] { text("funding.letter.row.phaseOut"), String.valueOf(f.phaseOutPositions()) });
		if (withState) {
			rows.add(new String[] { text("funding.letter.row.stateShare"), percent(state.permanentShare()) });
		}
		for (String[] row : rows) {
			PdfPCell label = new PdfPCell(new Phrase(row[0], normal));
			PdfPCell value = new PdfPCell(new Phrase(row[1], bold));
			value.setHorizontalAlignment(Element.ALIGN_RIGHT);
			label.setPadding(3);
			value.setPadding(3);
			table.addCell(label);
			table.addCell(value);
		}
		return table;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, GERMAN);
	}

	private static String percent(BigDecimal share) {
		if (share == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(GERMAN);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(share.movePointRight(2)) + " %";
	}
}
