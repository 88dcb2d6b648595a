package de.nrw.kim.funding.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.funding.domain.ContractType;
import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Position;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.domain.Qualification;
import de.nrw.kim.funding.domain.StaffingState;
import de.nrw.kim.funding.position.PositionInput;
import de.nrw.kim.funding.position.PositionService;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The positions register as pages: list, new position, detail with staffing and terms changes. */
@Controller
@RequestMapping("/funding/positions")
class PositionPageController implements FundingPage {

	private static final int PAGE_SIZE = 50;

	private final PositionService positions;
	private final Municipalities municipalities;

	PositionPageController(PositionService positions, Municipalities municipalities) {
		this.positions = positions;
		this.municipalities = municipalities;
	}

	@ModelAttribute("options")
	Map<String, Map<String, String>> options() {
		Map<String, Map<String, String>> options = new LinkedHashMap<>();
		options.put("module", enumOptions(Module.values(), m -> String.valueOf(m.number()), m -> "funding.module." + m.number()));
		options.put("kind", enumOptions(PositionKind.values(), Enum::name, k -> "funding.kind." + k));
		options.put("employerKind", enumOptions(EmployerKind.values(), Enum::name, k -> "funding.employerKind." + k));
		options.put("contract", enumOptions(ContractType.values(), Enum::name, k -> "funding.contract." + k));
		options.put("state", enumOptions(StaffingState.values(), Enum::name, k -> "funding.state." + k));
		options.put("qualification", enumOptions(Qualification.values(), Enum::name, k -> "funding.qualification." + k));
		return options;
	}

	@GetMapping
	String list(@RequestParam(required = false) String municipality, @RequestParam(required = false) Integer page,
			Model model) {
		CurrentUser user = CurrentUser.require();
		MunicipalityKey filter = MunicipalityKey.isValid(municipality) ? MunicipalityKey.of(municipality) : null;
		LocalDate today = positions.today();
		model.addAttribute("page", positions.list(filter, new Paging(page == null ? 0 : Math.max(page, 0), PAGE_SIZE))
				.map(p -> PositionView.of(p, today)));
		model.addAttribute("municipalities", municipalities.all());
		model.addAttribute("municipality", filter == null ? "" : filter.value());
		model.addAttribute("canEdit", user.has(Role.COORDINATOR));
		model.addAttribute("stateLevel", user.isStateLevel());
		return "funding/positions";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		CurrentUser.require().requireMunicipality();
		model.addAttribute("form", NewForm.empty(positions.today()));
		return "funding/position-new";
	}

	@PostMapping
	String create(@ModelAttribute("form") NewForm form, Model model, RedirectAttributes redirect) {
		Inputs inputs = new Inputs();
		try {
			Position created = positions.create(form.validate(inputs));
			redirect.addFlashAttribute("saved", "funding.positions.created");
			return "redirect:/funding/positions/" + created.id();
		} catch (ValidationException e) {
			model.addAttribute("errors", FormErrors.map(FormErrors.from(inputs, e)));
			return "funding/position-new";
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return detailPage(model, positions.get(id), new Inputs(), null, null);
	}

	@PostMapping("/{id}/staffing")
	String staffing(@PathVariable UUID id, @ModelAttribute StaffingForm form, Model model, RedirectAttributes redirect) {
		Inputs inputs = new Inputs();
		try {
			LocalDate from = inputs.required("from", inputs.date("from", form.from()));
			StaffingState state = inputs.required("state", inputs.enumValue("state", StaffingState.class, form.state()));
			Qualification qualification = inputs.enumValue("qualification", Qualification.class, form.qualification());
			inputs.throwIfAny();
			positions.recordStaffing(id, new PositionInput.Staffing(from, state, qualification));
		} catch (ValidationException e) {
			return detailPage(model, positions.get(id), FormErrors.from(inputs, e), form, null);
		}
		redirect.addFlashAttribute("saved", "funding.positions.staffingSaved");
		return "redirect:/funding/positions/" + id;
	}

	@PostMapping("/{id}/terms")
	String terms(@PathVariable UUID id, @ModelAttribute TermsForm form, Model model, RedirectAttributes redirect) {
		Inputs inputs = new Inputs();
		try {
			Fte fte = inputs.fte("fte", form.fte());
			String employer = inputs.text("employerName", form.employerName(), 200, true);
			EmployerKind employerKind = inputs.enumValue("employerKind", EmployerKind.class, form.employerKind());
			ContractType contract = inputs.required("contract", inputs.enumValue("contract", ContractType.class, form.contract()));
			LocalDate until = inputs.date("fixedTermUntil", form.fixedTermUntil());
			LocalDate from = inputs.date("effectiveFrom", form.effectiveFrom());
			Integer version = inputs.required("version", inputs.integer("version", form.version()));
			inputs.throwIfAny();
			positions.changeTerms(id, version, new PositionInput.TermsPatch(fte, employer, employerKind, contract, until,
					"true".equals(form.phaseOut()), from));
		} catch (ValidationException e) {
			return detailPage(model, positions.get(id), FormErrors.from(inputs, e), null, form);
		} catch (StaleVersionException e) {
			model.addAttribute("conflict", e.getMessage());
			return detailPage(model, positions.get(id), inputs, null, form);
		}
		redirect.addFlashAttribute("saved", "funding.positions.termsSaved");
		return "redirect:/funding/positions/" + id;
	}

	private String detailPage(Model model, Position position, Inputs inputs, StaffingForm staffing, TermsForm terms) {
		LocalDate today = positions.today();
		PositionView view = PositionView.of(position, today);
		model.addAttribute("position", view);
		model.addAttribute("municipalityName", municipalities.get(position.municipality()).name());
		model.addAttribute("history", positions.history(position.id()));
		model.addAttribute("errors", FormErrors.map(inputs));
		model.addAttribute("staffingForm", staffing != null ? staffing : new StaffingForm(today.toString(), "", ""));
		model.addAttribute("termsForm", terms != null ? terms : TermsForm.of(view, today));
		model.addAttribute("canEdit", CurrentUser.require().has(Role.COORDINATOR));
		return "funding/position";
	}

	private static <E> Map<String, String> enumOptions(E[] values, java.util.function.Function<E, String> value,
			java.util.function.Function<E, String> key) {
		Map<String, String> options = new LinkedHashMap<>();
		for (E e : values) {
			options.put(value.apply(e), key.apply(e));
		}
		return options;
	}

	/** The form for a new position: text fields, parsed with German messages at each field. */
	record NewForm(String module, String kind, String fte, String employerName, String employerKind, String contract,
			String fixedTermUntil, String phaseOut, String initialState, String startedOn, String qualification) {

		static NewForm empty(LocalDate today) {
			return new NewForm("", "STAFF", "1,0", "", "MUNICIPALITY", "PERMANENT", "", "", "FILLED", today.toString(), "");
		}

		PositionInput.NewPosition validate(Inputs inputs) {
			Integer number = inputs.integer("module", module);
			Module m = Module.ofNumber(number).orElse(null);
			if (m == null && !inputs.has("module")) {
				inputs.error("module", "Bitte den Baustein wählen.");
			}
			PositionKind k = inputs.required("kind", inputs.enumValue("kind", PositionKind.class, kind));
			Fte size = inputs.fte("fte", fte);
			String employer = inputs.text("employerName", employerName, 200, true);
			EmployerKind ek = inputs.required("employerKind", inputs.enumValue("employerKind", EmployerKind.class, employerKind));
			ContractType c = inputs.required("contract", inputs.enumValue("contract", ContractType.class, contract));
			LocalDate until = inputs.date("fixedTermUntil", fixedTermUntil);
			StaffingState state = inputs.required("initialState", inputs.enumValue("initialState", StaffingState.class, initialState));
			if (state == StaffingState.CLOSED) {
				inputs.error("initialState", "Eine neue Stelle ist besetzt oder unbesetzt.");
			}
			LocalDate start = inputs.required("startedOn", inputs.date("startedOn", startedOn));
			Qualification q = state == StaffingState.FILLED
					? inputs.enumValue("qualification", Qualification.class, qualification) : null;
			inputs.throwIfAny();
			return new PositionInput.NewPosition(m, k, new PositionInput.Terms(size, employer, ek, c, until,
					"true".equals(phaseOut), null), state, start, q);
		}
	}

	record StaffingForm(String from, String state, String qualification) {
	}

	record TermsForm(String fte, String employerName, String employerKind, String contract, String fixedTermUntil,
			String phaseOut, String effectiveFrom, String version) {

		static TermsForm of(PositionView p, LocalDate today) {
			return new TermsForm(p.fte().value().toPlainString().replace('.', ','), p.employerName(), p.employerKind().name(),
					p.contract().name(), p.fixedTermUntil() == null ? "" : p.fixedTermUntil().toString(),
					String.valueOf(p.phaseOut()), today.isBefore(p.startedOn()) ? p.startedOn().toString() : today.toString(),
					String.valueOf(p.version()));
		}
	}
}
