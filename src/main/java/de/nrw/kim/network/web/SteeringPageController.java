package de.nrw.kim.network.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.network.internal.Gap;
import de.nrw.kim.network.internal.GapService;
import de.nrw.kim.network.internal.GapStatus;
import de.nrw.kim.network.internal.Meeting;
import de.nrw.kim.network.internal.SteeringService;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ValidationException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The steering group pages of the coordination: meetings, agenda from gaps, decisions, minutes. */
@Controller
class SteeringPageController {

	private final SteeringService steering;
	private final GapService gaps;
	private final Partners partners;
	private final MinutesPdf minutes;

	SteeringPageController(SteeringService steering, GapService gaps, Partners partners, MinutesPdf minutes) {
		this.steering = steering;
		this.gaps = gaps;
		this.partners = partners;
		this.minutes = minutes;
	}

	@GetMapping("/steering-meetings")
	String list(@RequestParam(required = false) Integer page, Model model) {
		PageErrors.none(model);
		return list(page, model, null, null);
	}

	@PostMapping("/steering-meetings")
	String create(@RequestParam(required = false) String on, @RequestParam(required = false) String title, Model model,
			RedirectAttributes redirect) {
		try {
			Meeting meeting = steering.create(on, title);
			redirect.addFlashAttribute("success", "network.meeting.flash.created");
			return "redirect:/steering-meetings/" + meeting.id();
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return list(null, model, on, title);
		}
	}

	@GetMapping("/steering-meetings/{id}")
	String detail(@PathVariable UUID id, Model model) {
		PageErrors.none(model);
		return detail(id, model, new ItemForm(null, List.of(), null, null, null));
	}

	@PostMapping("/steering-meetings/{id}/items")
	String addItem(@PathVariable UUID id, ItemForm form, Model model, RedirectAttributes redirect) {
		try {
			steering.addItem(id, new SteeringService.ItemDraft(form.title(), form.decision(), form.responsiblePartnerId(),
					form.dueOn(), null), form.gapIds());
		} catch (ValidationException e) {
			PageErrors.add(model, e);
			return detail(id, model, form);
		}
		redirect.addFlashAttribute("success", "network.meeting.flash.itemAdded");
		return "redirect:/steering-meetings/" + id;
	}

	@PostMapping("/steering-meetings/{id}/items/{itemId}")
	String updateItem(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(required = false) String title,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String responsiblePartnerId,
			@RequestParam(required = false) String dueOn, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		try {
			steering.updateItem(id, itemId, new SteeringService.ItemDraft(title, decision, responsiblePartnerId, dueOn, status), version);
			redirect.addFlashAttribute("success", "network.meeting.flash.itemChanged");
		} catch (ValidationException e) {
			redirect.addFlashAttribute("failureText", e.errors().get(0).message());
		} catch (ConflictException e) {
			redirect.addFlashAttribute("failureText", e.getMessage());
		}
		return "redirect:/steering-meetings/" + id;
	}

	@GetMapping("/steering-meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable UUID id) {
		return NetworkApiController.pdf(steering, gaps, minutes, id);
	}

	private String list(Integer page, Model model, String on, String title) {
		model.addAttribute("result", steering.list(Paging.of(page, 20)));
		model.addAttribute("on", on);
		model.addAttribute("meetingTitle", title);
		return "network/meetings";
	}

	private String detail(UUID id, Model model, ItemForm form) {
		Meeting meeting = steering.read(id);
		Map<UUID, Gap> byId = new java.util.HashMap<>();
		meeting.items().forEach(i -> i.gapIds().forEach(g -> byId.put(g, gaps.read(g))));
		List<Gap> candidates = new ArrayList<>(gaps.list(true, GapStatus.OPEN, null, new Paging(0, Paging.MAX_SIZE)).items());
		candidates.addAll(gaps.list(true, GapStatus.IN_STEERING, null, new Paging(0, Paging.MAX_SIZE)).items());
		model.addAttribute("meeting", meeting);
		model.addAttribute("gapsById", byId);
		model.addAttribute("candidates", candidates);
		model.addAttribute("partners", partners.confirmed());
		model.addAttribute("itemStatuses", Arrays.stream(Meeting.ItemStatus.values()).map(Enum::name).toList());
		model.addAttribute("form", form);
		return "network/meeting";
	}

	record ItemForm(String title, List<String> gapIds, String decision, String responsiblePartnerId, String dueOn) {

		public boolean hasGap(UUID id) {
			return gapIds != null && gapIds.contains(id.toString());
		}
	}
}
