package de.nrw.kim.funding.grant;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
import de.nrw.kim.funding.domain.Application;
import de.nrw.kim.funding.domain.FundingAuthorities;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Notice;
import de.nrw.kim.funding.pdf.PdfStyle;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Municipality;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The printable grant notice (Zuwendungsbescheid) of the grant authority, in German. */
@Service
public class NoticePdf {

	private static final Locale GERMAN = PdfStyle.GERMAN;
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", GERMAN);

	private final GrantService grants;
	private final Municipalities municipalities;
	private final MessageSource messages;

	NoticePdf(GrantService grants, Municipalities municipalities, MessageSource messages) {
		this.grants = grants;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FundingAuthorities.READ)
	public byte[] render(java.util.UUID noticeId) {
		Notice notice = grants.notice(noticeId);
		Application application = grants.get(notice.applicationId());
		Municipality municipality = municipalities.get(notice.municipality());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 65, 55, 45, 45);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(text("funding.notice.pdf.title." + notice.decision()) + " " + notice.referenceNumber());
		document.addAuthor(text("funding.notice.pdf.authority1"));
		document.addCreator("KIM-Plattform");
		document.open();
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString("de-DE"));
		Font small = PdfStyle.font(8, Font.NORMAL);
		Font normal = PdfStyle.font(10, Font.NORMAL);
		Font bold = PdfStyle.font(10, Font.BOLD);
		Font heading = PdfStyle.font(13, Font.BOLD);
		document.add(new Paragraph(text("funding.notice.pdf.authority1") + "\n" + text("funding.notice.pdf.authority2"), small));
		document.add(PdfStyle.spacer(12));
		document.add(new Paragraph(PdfStyle.corporation(municipality) + "\n" + text("funding.letter.head." + municipality.type()), normal));
		document.add(PdfStyle.spacer(12));
		Paragraph meta = new Paragraph(text("funding.notice.pdf.reference", notice.referenceNumber()) + "\n"
				+ text("funding.notice.pdf.date", DATE.format(notice.decidedOn())), normal);
		meta.setAlignment(Element.ALIGN_RIGHT);
		document.add(meta);
		document.add(PdfStyle.spacer(10));
		document.add(new Paragraph(text("funding.notice.pdf.title." + notice.decision()), heading));
		document.add(new Paragraph(text("funding.notice.pdf.subject", String.valueOf(notice.year())), bold));
		document.add(PdfStyle.spacer(8));
		String submitted = application.submittedOn() == null ? "–" : DATE.format(application.submittedOn());
		document.add(PdfStyle.paragraph(text("funding.notice.pdf.body." + notice.decision(), submitted, String.valueOf(notice.year()),
				PdfStyle.euros(notice.approvedAmount())), normal));
		document.add(table(notice, normal, bold));
		document.add(PdfStyle.paragraph(text("funding.notice.pdf.basis", notice.guidelineVersion()), normal));
		if (notice.reason() != null) {
			document.add(new Paragraph(text("funding.notice.pdf.reasonHeading"), bold));
			document.add(PdfStyle.paragraph(notice.reason(), normal));
		}
		if (application.late()) {
			document.add(PdfStyle.paragraph(text("funding.notice.pdf.late", DATE.format(application.dueOn())), normal));
		}
		document.add(new Paragraph(text("funding.notice.pdf.conditionsHeading"), bold));
		document.add(PdfStyle.paragraph(notice.conditions(), normal));
		document.add(new Paragraph(text("funding.notice.pdf.remedyHeading"), bold));
		document.add(PdfStyle.paragraph(text("funding.notice.pdf.remedy"), normal));
		document.add(PdfStyle.spacer(6));
		document.add(new Paragraph(text("funding.letter.closing") + "\n" + text("funding.letter.onBehalf") + "\n\n"
				+ notice.decidedBy(), normal));
		document.close();
		return out.toByteArray();
	}

	private PdfPTable table(Notice notice, Font normal, Font bold) {
		PdfPTable table = new PdfPTable(3);
		table.setWidthPercentage(100);
		table.setWidths(new float[] { 3f, 1.3f, 1.3f });
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		cell(table, text("funding.notice.pdf.module"), bold, Element.ALIGN_LEFT);
		cell(table, text("funding.notice.pdf.computed"), bold, Element.ALIGN_RIGHT);
		cell(table, text("funding.notice.pdf.approved"), bold, Element.ALIGN_RIGHT);
		for (Module m : Module.values()) {
			cell(table, text("funding.module." + m.number()), normal, Element.ALIGN_LEFT);
			cell(table, PdfStyle.euros(notice.computedByModule().get(m)), normal, Element.ALIGN_RIGHT);
			cell(table, PdfStyle.euros(notice.approvedByModule().get(m)), normal, Element.ALIGN_RIGHT);
		}
		cell(table, text("funding.notice.pdf.total"), bold, Element.ALIGN_LEFT);
		cell(table, PdfStyle.euros(notice.computedAmount()), bold, Element.ALIGN_RIGHT);
		cell(table, PdfStyle.euros(notice.approvedAmount()), bold, Element.ALIGN_RIGHT);
		return table;
	}

	private static void cell(PdfPTable table, String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(alignment);
		cell.setPadding(3);
		table.addCell(cell);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, GERMAN);
	}
}
