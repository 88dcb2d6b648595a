package de.nrw.kim.funding.proof;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

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
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.pdf.PdfStyle;
import de.nrw.kim.funding.rules.PositionAmount;
import de.nrw.kim.funding.rules.ProofOfUseCalculation;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Municipality;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The proof of use (Verwendungsnachweis) as a formal German PDF: the numerical proof per position and
 * Baustein, paid against eligible, the pass-through per recipient, the factual report with its
 * figures and the state of the check. A submitted proof shows what was submitted (frozen computation
 * and figures); before that it is marked as a preview. Not transactional: see {@link FactualReports}.
 */
@Service
public class ProofOfUsePdf {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", PdfStyle.GERMAN);

	private final ProofOfUseService proofs;
	private final FactualReports factualReports;
	private final Municipalities municipalities;
	private final MessageSource messages;

	ProofOfUsePdf(ProofOfUseService proofs, FactualReports factualReports, Municipalities municipalities,
			MessageSource messages) {
		this.proofs = proofs;
		this.factualReports = factualReports;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@PreAuthorize(FundingAuthorities.PROOF)
	public byte[] render(MunicipalityKey key, int year) {
		ProofOfUseCalculation calculation = proofs.effective(key, year);
		Optional<StoredProof> stored = proofs.stored(key, year);
		FactualFigures figures = stored.map(StoredProof::figures).orElse(null);
		if (figures == null) {
			figures = factualReports.current(key, year);
		}
		Municipality municipality = municipalities.get(key);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 45, 45, 45);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(text("funding.proofPdf.title", String.valueOf(year)) + " – " + PdfStyle.corporation(municipality));
		document.addAuthor(PdfStyle.corporation(municipality));
		document.addCreator("KIM-Plattform");
		document.open();
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString("de-DE"));
		Fonts fonts = new Fonts();
		header(document, fonts, municipality, year, calculation, stored);
		numericalProof(document, fonts, calculation);
		passThrough(document, fonts, calculation);
		factualReport(document, fonts, figures, stored);
		check(document, fonts, stored);
		document.close();
		return out.toByteArray();
	}

	private void header(Document document, Fonts f, Municipality municipality, int year, ProofOfUseCalculation calculation,
			Optional<StoredProof> stored) {
		document.add(new Paragraph(PdfStyle.corporation(municipality) + " (" + municipality.key() + ")\n"
				+ text("funding.proofPdf.sender"), f.small));
		document.add(PdfStyle.spacer(8));
		document.add(new Paragraph(text("funding.notice.pdf.authority1") + "\n" + text("funding.notice.pdf.authority2"), f.normal));
		document.add(PdfStyle.spacer(10));
		document.add(new Paragraph(text("funding.proofPdf.title", String.valueOf(year)), f.heading));
		document.add(new Paragraph(text("funding.proofPdf.subject", PdfStyle.corporation(municipality), String.valueOf(year)), f.bold));
		document.add(PdfStyle.spacer(6));
		PdfPTable meta = table(new float[] { 1.4f, 4f });
		for (String[] entry : new String[][] {
				{ text("funding.proofPdf.municipality"), PdfStyle.corporation(municipality) + " (" + municipality.key() + ")" },
				{ text("funding.proofPdf.year"), String.valueOf(year) },
				{ text("funding.proofPdf.guideline"), calculation.guidelineVersion() },
				{ text("funding.proofPdf.status"), status(stored) } }) {
			cell(meta, entry[0], f.bold, Element.ALIGN_LEFT);
			cell(meta, entry[1], f.normal, Element.ALIGN_LEFT);
		}
		document.add(meta);
	}

	private void numericalProof(Document document, Fonts f, ProofOfUseCalculation c) {
		document.add(new Paragraph(text("funding.proofPdf.numerical"), f.subheading));
		PdfPTable lines = table(new float[] { 1f, 2.1f, 0.7f, 0.9f, 1.3f, 1.3f, 1.3f, 2.8f });
		for (String key : new String[] { "module", "kind", "fte", "months", "personnel", "equipment", "eligible", "reason" }) {
			cell(lines, text("funding.proofPdf.col." + key), f.smallBold, Element.ALIGN_LEFT);
		}
		for (PositionAmount line : c.positions()) {
			cell(lines, String.valueOf(line.module().number()), f.small, Element.ALIGN_LEFT);
			cell(lines, text("funding.kind." + line.kind().name()), f.small, Element.ALIGN_LEFT);
			cell(lines, PdfStyle.number(line.fte().value()), f.small, Element.ALIGN_RIGHT);
			cell(lines, String.valueOf(line.countedMonths()), f.small, Element.ALIGN_RIGHT);
			cell(lines, PdfStyle.euros(line.personnelAmount()), f.small, Element.ALIGN_RIGHT);
			cell(lines, PdfStyle.euros(line.equipmentAmount()), f.small, Element.ALIGN_RIGHT);
			cell(lines, PdfStyle.euros(line.eligibleAmount()), f.small, Element.ALIGN_RIGHT);
			cell(lines, line.reason() != null ? line.reason() : String.join("; ", line.calculation()), f.small, Element.ALIGN_LEFT);
		}
		if (c.positions().isEmpty()) {
			PdfPCell none = new PdfPCell(new Phrase(text("funding.proofPdf.noPositions"), f.small));
			none.setColspan(8);
			lines.addCell(none);
		}
		document.add(lines);
		PdfPTable totals = table(new float[] { 4f, 1.6f });
		for (Module m : Module.values()) {
			row(totals, f, text("funding.module." + m.number()), PdfStyle.euros(c.byModule().get(m)));
		}
		boldRow(totals, f, text("funding.proofPdf.eligibleTotal"), PdfStyle.euros(c.eligible()));
		row(totals, f, text("funding.proofPdf.paid"), PdfStyle.euros(c.paid()));
		if (c.repayment().isPositive()) {
			boldRow(totals, f, text("funding.proofPdf.repayment"), PdfStyle.euros(c.repayment()));
		} else {
			boldRow(totals, f, text("funding.proofPdf.underpayment"), PdfStyle.euros(c.underpayment()));
		}
		document.add(totals);
	}

	private void passThrough(Document document, Fonts f, ProofOfUseCalculation c) {
		document.add(new Paragraph(text("funding.proofPdf.passThrough"), f.subheading));
		if (c.passThrough().isEmpty()) {
			document.add(PdfStyle.paragraph(text("funding.proofPdf.noPassThrough"), f.normal));
			return;
		}
		PdfPTable recipients = table(new float[] { 3f, 2.4f, 1.6f });
		cell(recipients, text("funding.proofPdf.recipient"), f.smallBold, Element.ALIGN_LEFT);
		cell(recipients, text("funding.proofPdf.recipientKind"), f.smallBold, Element.ALIGN_LEFT);
		cell(recipients, text("funding.proofPdf.col.eligible"), f.smallBold, Element.ALIGN_RIGHT);
		for (ProofOfUseCalculation.Recipient r : c.passThrough()) {
			cell(recipients, r.recipientName(), f.small, Element.ALIGN_LEFT);
			cell(recipients, text("funding.employerKind." + r.recipientKind().name()), f.small, Element.ALIGN_LEFT);
			cell(recipients, PdfStyle.euros(r.amount()), f.small, Element.ALIGN_RIGHT);
		}
		document.add(recipients);
	}

	private void factualReport(Document document, Fonts f, FactualFigures figures, Optional<StoredProof> stored) {
		document.add(new Paragraph(text("funding.proofPdf.factual"), f.subheading));
		String asOf = stored.map(StoredProof::figuresAsOf).map(DATE::format).orElse(null);
		document.add(PdfStyle.paragraph(asOf == null ? text("funding.proofPdf.figuresLive")
				: text("funding.proofPdf.figuresFrozen", asOf), f.normal));
		for (FactualFigures.Section section : figures.sections()) {
			document.add(new Paragraph(text("funding.factual." + section.key()), f.bold));
			PdfPTable rows = table(new float[] { 4f, 1.2f });
			for (FactualFigures.Row row : section.rows()) {
				String label = (row.detail() ? "   " : "") + text("funding.factual." + section.key() + "." + row.key());
				cell(rows, label, row.detail() ? f.small : f.normal, Element.ALIGN_LEFT);
				cell(rows, String.valueOf(row.count()), row.detail() ? f.small : f.normal, Element.ALIGN_RIGHT);
			}
			document.add(rows);
		}
		String narrative = stored.map(StoredProof::factualReport).orElse(null);
		document.add(new Paragraph(text("funding.proofPdf.narrative"), f.bold));
		document.add(PdfStyle.paragraph(narrative == null ? "–" : narrative, f.normal));
	}

	private void check(Document document, Fonts f, Optional<StoredProof> stored) {
		document.add(new Paragraph(text("funding.proofPdf.check"), f.subheading));
		StoredProof proof = stored.orElse(null);
		if (proof == null || proof.status() != StoredProof.Status.CHECKED) {
			document.add(PdfStyle.paragraph(text("funding.proofPdf.notChecked"), f.normal));
			return;
		}
		document.add(PdfStyle.paragraph(text("funding.proofPdf.checked", DATE.format(proof.checkedOn()), proof.checkedBy()), f.normal));
		document.add(PdfStyle.paragraph(text("funding.proofPdf.remarks", proof.remarks() == null ? "–" : proof.remarks()), f.normal));
	}

	private String status(Optional<StoredProof> stored) {
		if (stored.isEmpty()) {
			return text("funding.proofPdf.preview");
		}
		StoredProof p = stored.get();
		return switch (p.status()) {
			case DRAFT -> text("funding.proofPdf.draft");
			case SUBMITTED -> text("funding.proofPdf.submittedOn", DATE.format(p.submittedOn()));
			case CHECKED -> text("funding.proofPdf.checkedOn", DATE.format(p.submittedOn()), DATE.format(p.checkedOn()));
		};
	}

	private static PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths.length);
		table.setWidthPercentage(100);
		table.setWidths(widths);
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		return table;
	}

	private static void row(PdfPTable table, Fonts f, String label, String value) {
		cell(table, label, f.normal, Element.ALIGN_LEFT);
		cell(table, value, f.normal, Element.ALIGN_RIGHT);
	}

	private static void boldRow(PdfPTable table, Fonts f, String label, String value) {
		cell(table, label, f.bold, Element.ALIGN_LEFT);
		cell(table, value, f.bold, Element.ALIGN_RIGHT);
	}

	private static void cell(PdfPTable table, String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(alignment);
		cell.setPadding(3);
		table.addCell(cell);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, PdfStyle.GERMAN);
	}

	private static final class Fonts {
		final Font small = PdfStyle.font(8, Font.NORMAL);
		final Font smallBold = PdfStyle.font(8, Font.BOLD);
		final Font normal = PdfStyle.font(10, Font.NORMAL);
		final Font bold = PdfStyle.font(10, Font.BOLD);
		final Font subheading = PdfStyle.font(11, Font.BOLD);
		final Font heading = PdfStyle.font(13, Font.BOLD);
	}
}
