package de.nrw.kim.funding.web;

import de.nrw.kim.funding.proof.FactualReports;
import de.nrw.kim.funding.proof.ProofOfUseService;
import de.nrw.kim.funding.proof.StoredProof;
import de.nrw.kim.funding.rules.ProofOfUseCalculation;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The proof of use as a page: the computation per position, then save, submit and check. */
@Controller
@RequestMapping("/funding/proofs")
class ProofOfUsePageController implements FundingPage {

	private final ProofOfUseService proofs;
	private final FactualReports factualReports;
	private final Municipalities municipalities;
	private final java.time.Clock clock;

	ProofOfUsePageController(ProofOfUseService proofs, FactualReports factualReports, Municipalities municipalities,
			java.time.Clock clock) {
		this.proofs = proofs;
		this.factualReports = factualReports;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String municipality,
			Model model) {
		CurrentUser user = CurrentUser.require();
		MunicipalityKey key = user.isStateLevel()
				? MunicipalityKey.of(MunicipalityKey.isValid(municipality) ? municipality : "05315")
				: user.requireMunicipality();
		int y = year == null ? java.time.LocalDate.now(clock).getYear() - 1 : year;
		model.addAttribute("year", y);
		model.addAttribute("municipality", municipalities.get(key));
		model.addAttribute("municipalities", municipalities.all());
		model.addAttribute("stateLevel", user.isStateLevel());
		try {
			ProofOfUseCalculation calculation = proofs.effective(key, y);
			model.addAttribute("proof", ProofOfUseApiController.ProofResponse.of(key, calculation));
		} catch (ConflictException e) {
			model.addAttribute("conflict", e.getMessage());
		}
		StoredProof stored = proofs.stored(key, y).orElse(null);
		model.addAttribute("stored", stored);
		model.addAttribute("figures", stored != null && stored.figures() != null ? stored.figures()
				: factualReports.current(key, y));
		boolean draft = stored == null || stored.status() == StoredProof.Status.DRAFT;
		model.addAttribute("canEdit", user.has(Role.COORDINATOR) && draft && !model.containsAttribute("conflict"));
		model.addAttribute("canCheck", user.has(Role.GRANT_OFFICER) && stored != null
				&& stored.status() == StoredProof.Status.SUBMITTED);
		return "funding/proofs";
	}

	@PostMapping("/save")
	String save(@RequestParam int year, @RequestParam(required = false) String factualReport,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String action,
			RedirectAttributes redirect) {
		MunicipalityKey own = CurrentUser.require().requireMunicipality();
		try {
			proofs.save(own, year, factualReport == null || factualReport.isBlank() ? null : factualReport.strip(), version);
			if ("submit".equals(action)) {
				proofs.submit(own, year);
			}
			redirect.addFlashAttribute("saved", "submit".equals(action) ? "funding.proofs.submitted" : "funding.proofs.saved");
		} catch (ValidationException | ConflictException e) {
			redirect.addFlashAttribute("conflict", e.getMessage());
		}
		return "redirect:/funding/proofs?year=" + year;
	}

	@PostMapping("/check")
	String check(@RequestParam int year, @RequestParam String municipality, @RequestParam(required = false) String remarks,
			RedirectAttributes redirect) {
		try {
			proofs.check(MunicipalityKey.of(municipality), year, remarks);
			redirect.addFlashAttribute("saved", "funding.proofs.checked");
		} catch (ConflictException e) {
			redirect.addFlashAttribute("conflict", e.getMessage());
		}
		return "redirect:/funding/proofs?year=" + year + "&municipality=" + municipality;
	}
}
