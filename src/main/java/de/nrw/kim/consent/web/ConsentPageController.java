package de.nrw.kim.consent.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.consent.ConsentForm;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.internal.Consent;
import de.nrw.kim.consent.internal.ConsentDraft;
import de.nrw.kim.consent.internal.ConsentService;
import de.nrw.kim.consent.internal.ScanFile;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The consents of a client: list, record (with field errors), revoke, scan upload, form PDF. */
@Controller
class ConsentPageController {

	private final ConsentService consents;
	private final ClientDirectory clients;
	private final Partners partners;
	private final ConsentFormPdf formPdf;

	ConsentPageController(ConsentService consents, ClientDirectory clients, Partners partners, ConsentFormPdf formPdf) {
		this.consents = consents;
		this.clients = clients;
		this.partners = partners;
		this.formPdf = formPdf;
	}

	@GetMapping("/clients/{id}/consents")
	String show(@PathVariable UUID id, Model model) {
		PageErrors.none(model);
		return page(id, new ConsentFormInput(List.of(), null, List.of(), null, "WRITTEN", null, null,
				consents.today().toString(), null), model);
	}

	@PostMapping("/clients/{id}/consents")
	String record(@PathVariable UUID id, ConsentFormInput form, Model model, RedirectAttributes redirect) {
		try {
			consents.record(id, form.draft());
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return page(id, form, model);
		}
		redirect.addFlashAttribute("success", "consent.flash.recorded");
		return "redirect:/clients/" + id + "/consents";
	}

	@PostMapping("/consents/{id}/revoke")
	String revoke(@PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		Consent consent = consents.read(id);
		try {
			consents.revoke(id, note);
			redirect.addFlashAttribute("success", "consent.flash.revoked");
		} catch (ConflictException | ValidationException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
		}
		return "redirect:/clients/" + consent.clientId() + "/consents";
	}

	@PostMapping("/consents/{id}/scan")
	String uploadScan(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		Consent consent = consents.read(id);
		try {
			consents.attachScan(id, ScanFile.of(file == null ? null : file.getBytes()));
			redirect.addFlashAttribute("success", "consent.flash.scanUploaded");
		} catch (ValidationException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
		}
		return "redirect:/clients/" + consent.clientId() + "/consents";
	}

	@GetMapping("/consents/{id}/scan")
	void downloadScan(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		ConsentService.ScanDownload download = consents.scan(id);
		ConsentApiController.Downloads.attachment(response, download.scan().mediaType(), download.scan().fileName(),
				download.content());
	}

	@GetMapping("/consents/{id}/form.pdf")
	void form(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		Consent consent = consents.read(id);
		ConsentApiController.Downloads.attachment(response, "application/pdf",
				"einwilligung-" + id.toString().substring(0, 8) + ".pdf", formPdf.render(consent, consents.recipientNames(consent)));
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(HttpServletResponse response, Model model) {
		response.setStatus(404);
		model.addAttribute("status", 404);
		model.addAttribute("messageKey", "error.notFound");
		return "platform/error";
	}

	@ExceptionHandler(MultipartException.class)
	String tooLarge(HttpServletResponse response, Model model) {
		response.setStatus(413);
		model.addAttribute("status", 413);
		model.addAttribute("messageKey", "error.tooLarge");
		return "platform/error";
	}

	private String page(UUID clientId, ConsentFormInput form, Model model) {
		var client = clients.require(clientId);
		List<Consent> list = consents.ofClient(clientId);
		model.addAttribute("client", client);
		model.addAttribute("consents", list.stream().map(c -> new ConsentRow(c, consents.statusToday(c).name(),
				consents.recipientNames(c))).toList());
		model.addAttribute("partners", partners.confirmed());
		model.addAttribute("categories", DataCategory.values());
		model.addAttribute("forms", Arrays.stream(ConsentForm.values()).map(Enum::name).toList());
		model.addAttribute("form", form);
		return "consent/client";
	}

	/** A consent with its status today and recipient names, for the table. */
	record ConsentRow(Consent consent, String status, List<String> recipients) {

		private static final java.time.format.DateTimeFormatter AT = java.time.format.DateTimeFormatter
				.ofPattern("dd.MM.yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/Berlin"));

		public String revokedAt() {
			return consent.revokedAt() == null ? null : AT.format(consent.revokedAt());
		}
	}

	/** The form as posted; municipalityKeys is one text with keys separated by commas or spaces. */
	record ConsentFormInput(List<String> partnerIds, String municipalityKeys, List<String> dataCategories, String purpose,
			String form, String witnessName, String interpreterName, String givenOn, String validUntil) {

		ConsentDraft draft() {
			List<String> keys = municipalityKeys == null || municipalityKeys.isBlank() ? List.of()
					: Arrays.stream(municipalityKeys.split("[,;\\s]+")).filter(k -> !k.isBlank()).toList();
			return new ConsentDraft(partnerIds, keys, dataCategories, purpose, form, witnessName, interpreterName, givenOn,
					validUntil);
		}

		public boolean hasPartner(Object id) {
			return partnerIds != null && partnerIds.contains(String.valueOf(id));
		}

		public boolean hasCategory(Object category) {
			return dataCategories != null && dataCategories.contains(String.valueOf(category));
		}
	}
}
