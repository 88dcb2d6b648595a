package de.nrw.kim.network.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import de.nrw.kim.network.internal.Gap;
import de.nrw.kim.network.internal.Meeting;
import org.springframework.stereotype.Component;

/** The minutes (Protokoll) of a steering group meeting in German: agenda items, gaps, decisions. */
@Component
class MinutesPdf {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	private static final Map<Meeting.ItemStatus, String> STATUS = Map.of(Meeting.ItemStatus.OPEN, "offen",
			Meeting.ItemStatus.DECIDED, "beschlossen", Meeting.ItemStatus.DONE, "erledigt");

	private final BaseFont regular = font("/fonts/ttf/DejaVuSans.ttf");
	private final BaseFont bold = font("/fonts/ttf/DejaVuSans-Bold.ttf");

	byte[] render(Meeting meeting, Map<UUID, Gap> gaps) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle("Protokoll der Lenkungsgruppe");
		document.addCreator("KIM-Plattform");
		document.open();
		add(document, "Protokoll der Lenkungsgruppe – Kommunales Integrationsmanagement", 15, true);
		add(document, meeting.title() + ", Sitzung vom " + DATE.format(meeting.on()), 11, false);
		if (meeting.items().isEmpty()) {
			add(document, "Keine Tagesordnungspunkte.", 10, false);
		}
		for (Meeting.Item item : meeting.items()) {
			add(document, "TOP " + item.seq() + ": " + item.title(), 12, true);
			for (UUID gapId : item.gapIds()) {
				Gap gap = gaps.get(gapId);
				if (gap != null) {
					add(document, "Strukturelle Lücke (" + gap.evidenceCount() + "-mal gemeldet): " + gap.description(), 10, false);
				}
			}
			add(document, "Beschluss: " + (item.decision() == null ? "noch keiner" : item.decision()), 10, false);
			if (item.responsiblePartnerName() != null) {
				add(document, "Verantwortlich: " + item.responsiblePartnerName(), 10, false);
			}
			if (item.dueOn() != null) {
				add(document, "Frist: " + DATE.format(item.dueOn()), 10, false);
			}
			add(document, "Stand: " + STATUS.get(item.status()), 10, false);
		}
		document.close();
		return out.toByteArray();
	}

	private void add(Document document, String text, float size, boolean heading) {
		Paragraph paragraph = new Paragraph(text, new Font(heading ? bold : regular, size));
		paragraph.setSpacingBefore(heading ? 10 : 2);
		paragraph.setSpacingAfter(4);
		document.add(paragraph);
	}

	private static BaseFont font(String path) {
		try (InputStream in = MinutesPdf.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Schrift fehlt: " + path);
			}
			return BaseFont.createFont(path.substring(path.lastIndexOf('/') + 1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
