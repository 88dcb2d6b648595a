package de.nrw.kim.client.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import de.nrw.kim.client.PartialDate;
import de.nrw.kim.client.internal.Client;
import de.nrw.kim.client.internal.ClientExports;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Art. 15 export as a German PDF. DejaVu Sans is embedded because the standard PDF fonts cannot
 * print Cyrillic or Arabic names; every value sits in a table cell with bidirectional layout, so
 * Arabic is shaped and runs right to left.
 */
@Component
class ExportPdf {

	private static final Locale GERMAN = Locale.GERMAN;
	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'");
	private static final int MAX_DEPTH = 6;

	private final ObjectMapper json;
	private final BaseFont regular;
	private final BaseFont bold;

	ExportPdf(ObjectMapper json) {
		this.json = json;
		this.regular = font("/fonts/ttf/DejaVuSans.ttf");
		this.bold = font("/fonts/ttf/DejaVuSans-Bold.ttf");
	}

	byte[] render(ClientExports.Export export) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 64);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setPageEvent(new Footer(new Font(regular, 8)));
		document.addTitle("Auskunft nach Art. 15 DSGVO");
		document.addCreator("KIM-Plattform");
		document.open();
		document.add(paragraph("Auskunft nach Art. 15 DSGVO", new Font(bold, 18), 4));
		document.add(paragraph("Über die gespeicherten personenbezogenen Daten", new Font(regular, 12), 12));
		document.add(table(meta(export)));
		heading(document, "Stammdaten");
		document.add(table(person(export.client())));
		for (ClientExports.Section section : export.sections()) {
			heading(document, section.title());
			JsonNode data = json.valueToTree(section.data());
			document.add(isEmpty(data) ? paragraph("Keine Daten gespeichert.", new Font(regular, 10), 0)
					: table(Map.of("", data), 0, true));
		}
		document.close();
		return out.toByteArray();
	}

	private static Map<String, Object> meta(ClientExports.Export export) {
		Map<String, Object> rows = new LinkedHashMap<>();
		rows.put("Erstellt am", DATE_TIME.format(export.createdAt().atZone(ZONE)));
		rows.put("Erstellt von", export.createdByName() + " (" + export.createdBy() + ")");
		rows.put("Verantwortliche Stelle", export.organisationName());
		rows.put("Kommune", export.municipality().name() + " (" + export.municipality().key() + ")");
		return rows;
	}

	private static Map<String, Object> person(Client client) {
		Client.ClientDetails d = client.details();
		Map<String, Object> rows = new LinkedHashMap<>();
		rows.put("Vorname(n)", d.givenName());
		rows.put("Familienname", d.familyName());
		rows.put("Name in Originalschrift", d.originalScriptName());
		rows.put("Geburtsdatum", d.birthDate() == null ? null : germanDate(d.birthDate()));
		rows.put("Geschlecht", switch (d.gender()) {
			case FEMALE -> "weiblich";
			case MALE -> "männlich";
			case DIVERSE -> "divers";
			case UNSPECIFIED -> "keine Angabe";
		});
		rows.put("Staatsangehörigkeiten", CodeNames.countries(d.nationalities(), GERMAN));
		rows.put("Sprachen", CodeNames.languages(d.languages(), GERMAN));
		rows.put("Einreisedatum", d.arrivalDate() == null ? null : DATE.format(d.arrivalDate()));
		rows.put("Telefon", d.phone());
		rows.put("E-Mail", d.email());
		rows.put("Angelegt am", DATE_TIME.format(client.createdAt().atZone(ZONE)));
		rows.put("Angelegt von", client.createdBy());
		rows.put("Kennung", client.id().toString());
		return rows;
	}

	private static String germanDate(PartialDate date) {
		if (date.month() == null) {
			return String.valueOf(date.year());
		}
		return date.day() == null ? String.format("%02d.%04d", date.month(), date.year()) : DATE.format(date.earliest());
	}

	private PdfPTable table(Map<String, ?> rows) {
		PdfPTable table = new PdfPTable(new float[] { 2, 5 });
		table.setWidthPercentage(100);
		rows.forEach((label, value) -> {
			table.addCell(cell(label, new Font(bold, 10)));
			table.addCell(cell(value == null || value.toString().isBlank() ? "—" : value.toString(), new Font(regular, 10)));
		});
		return table;
	}

	/** Prints any JSON value: objects as label/value rows, arrays as numbered entries, nested as tables. */
	private PdfPTable table(Map<String, JsonNode> rows, int depth, boolean unlabelled) {
		PdfPTable table = unlabelled ? new PdfPTable(1) : new PdfPTable(new float[] { 2, 5 });
		table.setWidthPercentage(100);
		rows.forEach((label, value) -> {
			if (!unlabelled) {
				table.addCell(cell(label, new Font(bold, 9)));
			}
			table.addCell(value(value, depth));
		});
		return table;
	}

	private PdfPCell value(JsonNode node, int depth) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return cell("—", new Font(regular, 9));
		}
		if (depth >= MAX_DEPTH || node.isValueNode()) {
			return cell(node.isValueNode() ? node.asString() : node.toString(), new Font(regular, 9));
		}
		Map<String, JsonNode> rows = new LinkedHashMap<>();
		if (node.isArray()) {
			if (node.isEmpty()) {
				return cell("Keine Einträge.", new Font(regular, 9));
			}
			int[] n = { 0 };
			node.values().forEach(element -> rows.put("Eintrag " + ++n[0], element));
		} else {
			node.properties().forEach(entry -> rows.put(entry.getKey(), entry.getValue()));
		}
		PdfPCell cell = new PdfPCell(table(rows, depth + 1, false));
		cell.setPadding(0);
		return cell;
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(4);
		cell.setRunDirection(startsRightToLeft(text) ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
		return cell;
	}

	/** The first strong character decides the paragraph direction (Unicode bidi rule P2). */
	static boolean startsRightToLeft(String text) {
		for (int i = 0; i < text.length(); i++) {
			byte direction = Character.getDirectionality(text.charAt(i));
			if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
					|| direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
				return true;
			}
			if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
				return false;
			}
		}
		return false;
	}

	private void heading(Document document, String text) {
		Paragraph heading = paragraph(text, new Font(bold, 13), 6);
		heading.setSpacingBefore(16);
		document.add(heading);
	}

	private static Paragraph paragraph(String text, Font font, float spacingAfter) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setSpacingAfter(spacingAfter);
		return paragraph;
	}

	private static boolean isEmpty(JsonNode data) {
		return data == null || data.isNull() || data.isMissingNode() || (data.isContainer() && data.isEmpty());
	}

	private static BaseFont font(String path) {
		try (InputStream in = ExportPdf.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Schrift " + path + " fehlt (npm-Abhängigkeit dejavu-fonts-ttf)");
			}
			return BaseFont.createFont(path.substring(path.lastIndexOf('/') + 1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
					true, in.readAllBytes(), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** "Seite n" at the foot of every page. */
	private static final class Footer extends PdfPageEventHelper {

		private final Font font;

		Footer(Font font) {
			this.font = font;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase("Auskunft nach Art. 15 DSGVO · Seite " + writer.getPageNumber(), font),
					(document.left() + document.right()) / 2, document.bottom() - 24, 0);
		}
	}
}
