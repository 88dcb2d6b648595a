package de.nrw.kim.consent.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.client.ClientSummary;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.internal.Consent;
import org.springframework.stereotype.Component;

/**
 * The consent form to hand over and sign: the legal text in German, then the same in plain language
 * (einfache Sprache), both filled with the recipients, categories, purpose and validity.
 */
@Component
class ConsentFormPdf {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	static final Map<DataCategory, String> CATEGORY = Map.of(
			DataCategory.BASIC, "Stammdaten (Name, Geburtsdatum, Kontaktdaten)",
			DataCategory.RESIDENCE, "Aufenthalt (Aufenthaltsstatus, Verfahren bei der Ausländerbehörde)",
			DataCategory.EDUCATION_WORK, "Bildung und Arbeit (Schule, Ausbildung, Anerkennung, Beschäftigung)",
			DataCategory.HEALTH, "Gesundheit (besondere Kategorie nach Art. 9 DSGVO)",
			DataCategory.FAMILY, "Familie und Haushalt",
			DataCategory.FINANCES, "Finanzen (Einkommen, Leistungen, Schulden)");

	static final Map<DataCategory, String> CATEGORY_PLAIN = Map.of(
			DataCategory.BASIC, "Ihr Name, Ihr Geburtstag und wie man Sie erreicht",
			DataCategory.RESIDENCE, "Ihr Aufenthalt in Deutschland: welches Papier Sie haben",
			DataCategory.EDUCATION_WORK, "Ihre Schule, Ihre Ausbildung und Ihre Arbeit",
			DataCategory.HEALTH, "Ihre Gesundheit",
			DataCategory.FAMILY, "Ihre Familie",
			DataCategory.FINANCES, "Ihr Geld: Einkommen, Hilfe vom Amt, Schulden");

	private final ClientDirectory clients;
	private final BaseFont regular;
	private final BaseFont bold;

	ConsentFormPdf(ClientDirectory clients) {
		this.clients = clients;
		this.regular = font("/fonts/ttf/DejaVuSans.ttf");
		this.bold = font("/fonts/ttf/DejaVuSans-Bold.ttf");
	}

	byte[] render(Consent consent, List<String> recipients) {
		ClientSummary client = clients.require(consent.clientId());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle("Einwilligung und Schweigepflichtentbindung");
		document.addCreator("KIM-Plattform");
		document.open();
		String until = consent.validUntil() == null ? "bis zum Widerruf" : "bis einschließlich " + DATE.format(consent.validUntil());
		add(document, "Einwilligung in die Übermittlung personenbezogener Daten und Entbindung von der Schweigepflicht", 15, true);
		add(document, "nach Art. 6 Abs. 1 lit. a und Art. 9 Abs. 2 lit. a DSGVO, §§ 67 ff. SGB X, § 203 StGB", 9, false);
		add(document, "Name: " + client.displayName() + (client.birthDate() == null ? "" : ", geboren " + client.birthDate()), 11, false);
		add(document, "Ich willige ein, dass das Kommunale Integrationsmanagement folgende Daten an die unten genannten Stellen "
				+ "übermittelt und diese Stellen mir gegenüber von ihrer Schweigepflicht befreit sind, soweit es dem genannten Zweck dient.", 10, false);
		add(document, "Empfänger", 12, true);
		document.add(list(recipients));
		add(document, "Datenkategorien", 12, true);
		document.add(list(consent.categories().stream().sorted().map(CATEGORY::get).toList()));
		add(document, "Zweck", 12, true);
		add(document, consent.purpose(), 10, false);
		add(document, "Gültigkeit: ab " + DATE.format(consent.givenOn()) + " " + until + ".", 10, false);
		add(document, "Die Einwilligung ist freiwillig. Wenn ich sie nicht erteile, entstehen mir keine Nachteile bei der "
				+ "Beratung. Ich kann sie jederzeit ganz oder teilweise ohne Angabe von Gründen für die Zukunft widerrufen "
				+ "(Art. 7 Abs. 3 DSGVO); die Rechtmäßigkeit der bis dahin erfolgten Übermittlungen bleibt unberührt. "
				+ "Ich habe das Recht auf Auskunft über alle Übermittlungen (Art. 15 DSGVO).", 10, false);
		signature(document);
		document.newPage();
		add(document, "Das Gleiche in einfacher Sprache", 15, true);
		add(document, "Sie bekommen Hilfe vom Kommunalen Integrations-Management. Manchmal müssen wir mit anderen Stellen "
				+ "über Sie sprechen. Das dürfen wir nur, wenn Sie es erlauben.", 12, false);
		add(document, "Mit diesen Stellen dürfen wir sprechen:", 12, true);
		document.add(list(recipients));
		add(document, "Darüber dürfen wir sprechen:", 12, true);
		document.add(list(consent.categories().stream().sorted().map(CATEGORY_PLAIN::get).toList()));
		add(document, "Warum?", 12, true);
		add(document, consent.purpose(), 12, false);
		add(document, "Wie lange? Ab " + DATE.format(consent.givenOn()) + " " + until + ".", 12, false);
		add(document, "Sie müssen nicht unterschreiben. Sie bekommen trotzdem Hilfe.", 12, false);
		add(document, "Sie können jederzeit Nein sagen. Dann sprechen wir ab sofort nicht mehr mit diesen Stellen über Sie.", 12, false);
		add(document, "Sie dürfen fragen: Wem haben Sie etwas über mich gesagt? Wir sagen es Ihnen.", 12, false);
		signature(document);
		document.close();
		return out.toByteArray();
	}

	private void signature(Document document) {
		add(document, " ", 10, false);
		add(document, "_______________________________          _______________________________", 10, false);
		add(document, "Ort, Datum                                                    Unterschrift", 9, false);
	}

	private com.lowagie.text.List list(List<String> items) {
		com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
		list.setListSymbol("•");
		items.forEach(item -> list.add(new ListItem(item, new Font(regular, 10))));
		return list;
	}

	private void add(Document document, String text, float size, boolean heading) {
		Paragraph paragraph = new Paragraph(text, new Font(heading ? bold : regular, size));
		paragraph.setSpacingBefore(heading ? 10 : 2);
		paragraph.setSpacingAfter(4);
		document.add(paragraph);
	}

	private static BaseFont font(String path) {
		try (InputStream in = ConsentFormPdf.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Schrift " + path + " fehlt");
			}
			return BaseFont.createFont(path.substring(path.lastIndexOf('/') + 1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
					true, in.readAllBytes(), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
