package de.nrw.kim.network.web;

import java.io.IOException;
import java.util.UUID;

import de.nrw.kim.network.internal.Agreement;
import de.nrw.kim.network.internal.AgreementService;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partner agreements of the KIM concept: text and PDF documents (upload, download as attachment, delete). */
@Controller
class AgreementPageController {

	private final AgreementService agreements;
	private final Partners partners;

	AgreementPageController(AgreementService agreements, Partners partners) {
		this.agreements = agreements;
		this.partners = partners;
	}

	/** {@code tooLarge}: sent here by {@link AgreementUploadLimitFilter} after an upload the server refused to read. */
	@GetMapping("/kim-concept/agreements/{id}")
	@PreAuthorize("hasAnyRole('COORDINATOR','CASE_MANAGER')")
	String agreement(@PathVariable UUID id, @RequestParam(required = false) String tooLarge, Model model) {
		if (tooLarge != null) {
			PageErrors.add(model, new ValidationException("file", "Die Datei ist zu groß: höchstens 10 MB."));
		} else {
			PageErrors.none(model);
		}
		return page(model, agreements.read(id));
	}

	@PostMapping("/kim-concept/agreements/{id}/documents")
	String upload(@PathVariable UUID id, @RequestPart(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			agreements.upload(id, ConceptApiController.read(file));
			redirect.addFlashAttribute("success", "network.concept.flash.documentUploaded");
			return "redirect:/kim-concept/agreements/" + id;
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return page(model, agreements.read(id));
		}
	}

	@GetMapping("/kim-concept/agreements/{id}/documents/{documentId}")
	@PreAuthorize("hasAnyRole('COORDINATOR','CASE_MANAGER')")
	void download(@PathVariable UUID id, @PathVariable UUID documentId, HttpServletResponse response) throws IOException {
		AgreementDownloads.send(agreements.download(id, documentId), response);
	}

	@GetMapping("/kim-concept/agreements/{id}/documents/{documentId}/delete")
	@PreAuthorize("hasRole('COORDINATOR')")
	String confirmDeleteDocument(@PathVariable UUID id, @PathVariable UUID documentId, Model model) {
		Agreement.Download download = agreements.download(id, documentId);
		return ConceptDelete.confirm(model, "network.concept.document.delete.title", "network.concept.document.delete.question",
				download.document().fileName(), "/kim-concept/agreements/" + id + "/documents/" + documentId + "/delete");
	}

	@PostMapping("/kim-concept/agreements/{id}/documents/{documentId}/delete")
	String deleteDocument(@PathVariable UUID id, @PathVariable UUID documentId, RedirectAttributes redirect) {
		agreements.deleteDocument(id, documentId);
		redirect.addFlashAttribute("success", "network.concept.flash.documentDeleted");
		return "redirect:/kim-concept/agreements/" + id;
	}

	@GetMapping("/kim-concept/agreements/new")
	@PreAuthorize("hasRole('COORDINATOR')")
	String newAgreement(Model model) {
		PageErrors.none(model);
		return form(model, new AgreementForm(null, null, null, null, null), null, null);
	}

	@PostMapping("/kim-concept/agreements/new")
	String create(AgreementForm form, Model model, RedirectAttributes redirect) {
		try {
			Agreement created = agreements.create(form.partnerId(), form.title(), form.body(), form.concludedOn(), form.validUntil());
			redirect.addFlashAttribute("success", "network.concept.flash.agreementSaved");
			return "redirect:/kim-concept/agreements/" + created.id();
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return form(model, form, null, null);
		}
	}

	@GetMapping("/kim-concept/agreements/{id}/edit")
	@PreAuthorize("hasRole('COORDINATOR')")
	String edit(@PathVariable UUID id, Model model) {
		Agreement a = agreements.read(id);
		PageErrors.none(model);
		return form(model, new AgreementForm(a.partnerId().toString(), a.title(), a.body(),
				a.concludedOn() == null ? null : a.concludedOn().toString(), a.validUntil() == null ? null : a.validUntil().toString()),
				id, a.version());
	}

	@PostMapping("/kim-concept/agreements/{id}/edit")
	String update(@PathVariable UUID id, @RequestParam(required = false) Integer version, AgreementForm form, Model model,
			RedirectAttributes redirect) {
		try {
			agreements.update(id, version, form.partnerId(), form.title(), form.body(), form.concludedOn(), form.validUntil());
			redirect.addFlashAttribute("success", "network.concept.flash.agreementSaved");
			return "redirect:/kim-concept/agreements/" + id;
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return form(model, form, id, version);
		} catch (ConflictException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
			return "redirect:/kim-concept/agreements/" + id + "/edit";
		}
	}

	@GetMapping("/kim-concept/agreements/{id}/delete")
	@PreAuthorize("hasRole('COORDINATOR')")
	String confirmDelete(@PathVariable UUID id, Model model) {
		return ConceptDelete.confirm(model, "network.concept.agreement.delete.title", "network.concept.agreement.delete.question",
				agreements.read(id).title(), "/kim-concept/agreements/" + id + "/delete");
	}

	@PostMapping("/kim-concept/agreements/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		agreements.delete(id);
		redirect.addFlashAttribute("success", "network.concept.flash.agreementDeleted");
		return "redirect:/kim-concept#agreements";
	}

	private String page(Model model, Agreement agreement) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("coordinator", CurrentUser.require().has(Role.COORDINATOR));
		return "network/concept-agreement";
	}

	private String form(Model model, AgreementForm form, UUID id, Integer version) {
		model.addAttribute("form", form);
		model.addAttribute("agreementId", id);
		model.addAttribute("version", version);
		model.addAttribute("partners", partners.confirmed());
		return "network/concept-agreement-form";
	}

	record AgreementForm(String partnerId, String title, String body, String concludedOn, String validUntil) {
	}
}
