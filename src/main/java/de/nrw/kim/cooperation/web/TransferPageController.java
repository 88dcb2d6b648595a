package de.nrw.kim.cooperation.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.CaseWork;
import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.consent.Consents;
import de.nrw.kim.consent.DataCategory;
import de.nrw.kim.consent.Recipient;
import de.nrw.kim.cooperation.internal.Transfer;
import de.nrw.kim.cooperation.internal.TransferService;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Municipality;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Transfers in the browser: the sending case manager requests one from the case (with a live check
 * whether a consent names the chosen municipality); the receiving municipality sees its incoming
 * transfers, reads what the consent covered, declines with a reason or accepts after a confirmation.
 */
@Controller
class TransferPageController {

	private static final int PAGE_SIZE = 20;

	private final TransferService transfers;
	private final CaseWork cases;
	private final ClientDirectory clients;
	private final Consents consents;
	private final Municipalities municipalities;

	TransferPageController(TransferService transfers, CaseWork cases, ClientDirectory clients, Consents consents,
			Municipalities municipalities) {
		this.transfers = transfers;
		this.cases = cases;
		this.clients = clients;
		this.consents = consents;
		this.municipalities = municipalities;
	}

	@GetMapping("/cases/{id}/transfers")
	String ofCase(@PathVariable UUID id, Model model) {
		PageErrors.none(model);
		return casePage(id, null, model);
	}

	@PostMapping("/cases/{id}/transfers")
	String request(@PathVariable UUID id, @RequestParam(required = false) String toMunicipalityKey, Model model,
			RedirectAttributes redirect) {
		try {
			transfers.request(id, toMunicipalityKey);
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return casePage(id, toMunicipalityKey, model);
		} catch (ConflictException e) {
			PageErrors.none(model);
			model.addAttribute("failureText", e.getMessage());
			return casePage(id, toMunicipalityKey, model);
		}
		redirect.addFlashAttribute("success", "cooperation.flash.transferRequested");
		return "redirect:/cases/" + id + "/transfers";
	}

	/** Whether a consent names the chosen municipality, as a fragment for htmx. */
	@GetMapping("/cases/{id}/transfers/check")
	String check(@PathVariable UUID id, @RequestParam(required = false) String toMunicipalityKey, Model model) {
		model.addAttribute("check", check(visibleCase(id).clientId(), toMunicipalityKey));
		return "cooperation/transfers :: check";
	}

	@GetMapping("/transfers/incoming")
	String incoming(@RequestParam(required = false) Integer page, Model model) {
		List<Transfer> all = transfers.list(true);
		Paging paging = Paging.of(page, PAGE_SIZE);
		int from = (int) Math.min(paging.offset(), all.size());
		List<TransferView> items = all.subList(from, Math.min(from + paging.size(), all.size())).stream().map(this::view).toList();
		model.addAttribute("result", new PageResult<>(items, paging.page(), paging.size(), all.size()));
		model.addAttribute("baseUrl", "/transfers/incoming");
		return "cooperation/transfers-incoming";
	}

	@GetMapping("/transfers/incoming/{id}")
	String incomingOne(@PathVariable UUID id, Model model) {
		PageErrors.none(model);
		return detail(incomingTransfer(id), null, model);
	}

	@GetMapping("/transfers/incoming/{id}/accept")
	String confirmAccept(@PathVariable UUID id, Model model) {
		Transfer t = incomingTransfer(id);
		if (t.status() != Transfer.Status.PENDING) {
			return "redirect:/transfers/incoming/" + id;
		}
		model.addAttribute("transfer", view(t));
		return "cooperation/transfer-accept";
	}

	@PostMapping("/transfers/incoming/{id}/accept")
	String accept(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			UUID newCase = transfers.accept(id);
			redirect.addFlashAttribute("success", "cooperation.flash.transferAccepted");
			return "redirect:/cases/" + newCase;
		} catch (ConflictException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
			return "redirect:/transfers/incoming/" + id;
		}
	}

	@PostMapping("/transfers/incoming/{id}/decline")
	String decline(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			transfers.decline(id, reason);
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return detail(incomingTransfer(id), reason, model);
		} catch (ConflictException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
			return "redirect:/transfers/incoming/" + id;
		}
		redirect.addFlashAttribute("success", "cooperation.flash.transferDeclined");
		return "redirect:/transfers/incoming/" + id;
	}

	private String casePage(UUID id, String chosen, Model model) {
		CaseSummary c = visibleCase(id);
		MunicipalityKey own = CurrentUser.require().requireMunicipality();
		List<Municipality> targets = municipalities.all().stream().filter(m -> !m.key().equals(own.value()))
				.sorted(Comparator.comparing(Municipality::name)).toList();
		Map<String, Set<DataCategory>> named = new LinkedHashMap<>();
		if (c.isOpen()) {
			for (Municipality m : targets) {
				Set<DataCategory> covered = consents.coveredCategories(c.clientId(), Recipient.municipality(MunicipalityKey.of(m.key())),
						consents.today());
				if (!covered.isEmpty()) {
					named.put(m.name(), covered);
				}
			}
		}
		List<Transfer> sent = transfers.ofCase(id);
		model.addAttribute("caseSummary", c);
		model.addAttribute("clientName", clients.find(c.clientId()).map(x -> x.displayName()).orElse(null));
		model.addAttribute("targets", targets);
		model.addAttribute("named", named);
		model.addAttribute("chosen", chosen);
		model.addAttribute("transfers", sent.stream().map(this::view).toList());
		model.addAttribute("pending", sent.stream().anyMatch(t -> t.status() == Transfer.Status.PENDING));
		model.addAttribute("opened", transfers.linkOf(id).filter(t -> t.to().equals(own)).map(this::view).orElse(null));
		model.addAttribute("check", check(c.clientId(), chosen));
		return "cooperation/transfers";
	}

	private String detail(Transfer t, String reason, Model model) {
		model.addAttribute("transfer", view(t));
		model.addAttribute("reason", reason);
		return "cooperation/transfer";
	}

	private Transfer incomingTransfer(UUID id) {
		Transfer t = transfers.read(id);
		if (t.from().equals(CurrentUser.require().requireMunicipality())) {
			throw new NotFoundException("Die eingehende Übergabe");
		}
		return t;
	}

	private Check check(UUID clientId, String key) {
		if (key == null || key.isBlank() || !MunicipalityKey.isValid(key.strip())
				|| municipalities.all().stream().noneMatch(m -> m.key().equals(key.strip()))) {
			return new Check(true, false, null, Set.of());
		}
		MunicipalityKey target = MunicipalityKey.of(key.strip());
		Set<DataCategory> covered = consents.coveredCategories(clientId, Recipient.municipality(target), consents.today());
		return new Check(false, covered.contains(DataCategory.BASIC), transfers.municipalityName(target), covered);
	}

	private TransferView view(Transfer t) {
		return new TransferView(t, transfers.municipalityName(t.from()), transfers.municipalityName(t.to()));
	}

	private CaseSummary visibleCase(UUID id) {
		return cases.find(CaseId.of(id)).orElseThrow(() -> new NotFoundException("Der Fall"));
	}

	/** Nothing chosen yet, or whether an active consent names the municipality with at least the basic data. */
	record Check(boolean incomplete, boolean covered, String municipalityName, Set<DataCategory> categories) {
	}

	/** A transfer with the names of both municipalities and, for the receiver, the person's disclosed basic data. */
	record TransferView(Transfer transfer, String fromName, String toName) {

		public String personName() {
			Object basic = transfer.disclosed().get(DataCategory.BASIC.name());
			if (basic instanceof Map<?, ?> data) {
				return data.get("givenName") + " " + data.get("familyName");
			}
			return null;
		}

		/** The disclosed (possibly partial) birth date as Germans write it: 12.04.1990, 04.1990 or 1990. */
		public String birthDate() {
			Object basic = transfer.disclosed().get(DataCategory.BASIC.name());
			Object date = basic instanceof Map<?, ?> data ? data.get("birthDate") : null;
			if (date instanceof Map<?, ?> parts && parts.get("year") != null) {
				StringBuilder text = new StringBuilder();
				if (parts.get("day") != null) {
					text.append(String.format("%02d.", ((Number) parts.get("day")).intValue()));
				}
				if (parts.get("month") != null) {
					text.append(String.format("%02d.", ((Number) parts.get("month")).intValue()));
				}
				return text.append(parts.get("year")).toString();
			}
			if (date instanceof String text && text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
				String[] parts = text.split("-");
				StringBuilder german = new StringBuilder();
				for (int i = parts.length - 1; i > 0; i--) {
					german.append(parts[i]).append('.');
				}
				return german.append(parts[0]).toString();
			}
			return date == null ? null : date.toString();
		}

		public Object originalScriptName() {
			Object basic = transfer.disclosed().get(DataCategory.BASIC.name());
			return basic instanceof Map<?, ?> data ? data.get("originalScriptName") : null;
		}
	}
}
