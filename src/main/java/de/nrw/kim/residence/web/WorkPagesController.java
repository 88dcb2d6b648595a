package de.nrw.kim.residence.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import de.nrw.kim.client.ClientDirectory;
import de.nrw.kim.client.ClientSummary;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.residence.internal.DeadlineService;
import de.nrw.kim.residence.internal.NotificationService;
import de.nrw.kim.residence.internal.Notifications;
import de.nrw.kim.residence.internal.WorklistService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lists of the residence module: deadlines, the user's reminders and the ABH worklist. */
@Controller
class WorkPagesController {

	static final List<Integer> WINDOWS = List.of(7, 30, 90, 180, 365);
	static final int DEFAULT_WINDOW = 90;

	private final DeadlineService deadlines;
	private final NotificationService notifications;
	private final WorklistService worklist;
	private final ClientDirectory clients;

	WorkPagesController(DeadlineService deadlines, NotificationService notifications, WorklistService worklist,
			ClientDirectory clients) {
		this.deadlines = deadlines;
		this.notifications = notifications;
		this.worklist = worklist;
		this.clients = clients;
	}

	@GetMapping("/deadlines")
	String deadlines(@RequestParam(required = false) String withinDays, @RequestParam(required = false) Integer page,
			Model model) {
		int window = window(withinDays, model);
		PageResult<DeadlineService.Due> due = deadlines.page(window, Paging.of(page, Paging.DEFAULT_SIZE));
		Map<UUID, ClientSummary> names = clients.findAllForResidence(
				due.items().stream().map(d -> d.deadline().clientId()).collect(Collectors.toSet()));
		model.addAttribute("result", due.map(d -> new DeadlineRow(d.deadline().dueOn(), d.deadline().kind(),
				d.deadline().title(), Optional.ofNullable(names.get(d.deadline().clientId())).map(ClientSummary::displayName)
						.orElse(null), d.deadline().link(), d.overdue())));
		return "residence/deadlines";
	}

	@GetMapping("/residence/notifications")
	String notifications(@RequestParam(required = false) Integer page, Model model) {
		PageResult<Notifications.Notification> result = notifications.mine(Paging.of(page, Paging.DEFAULT_SIZE));
		Map<UUID, Optional<ClientSummary>> names = new HashMap<>();
		model.addAttribute("result", result.map(n -> new NotificationRow(n,
				names.computeIfAbsent(n.clientId(), clients::findForResidence).map(ClientSummary::displayName).orElse(null))));
		return "residence/notifications";
	}

	@PostMapping("/residence/notifications/{id}/read")
	String read(@PathVariable UUID id, RedirectAttributes redirect) {
		notifications.markRead(id);
		redirect.addFlashAttribute("success", "residence.flash.read");
		return "redirect:/residence/notifications";
	}

	@GetMapping("/residence/worklist")
	String worklist(@RequestParam(required = false) String withinDays, @RequestParam(required = false) Integer page,
			Model model) {
		int window = window(withinDays, model);
		model.addAttribute("result", worklist.upcoming(window, Paging.of(page, Paging.DEFAULT_SIZE)));
		return "residence/worklist";
	}

	private static int window(String value, Model model) {
		int window = DEFAULT_WINDOW;
		if (value != null && !value.isBlank()) {
			try {
				window = Integer.parseInt(value.strip());
			} catch (NumberFormatException e) {
				window = DEFAULT_WINDOW;
			}
			if (window < 0 || window > DeadlineService.MAX_DAYS) {
				window = DEFAULT_WINDOW;
			}
		}
		model.addAttribute("windows", WINDOWS);
		model.addAttribute("withinDays", window);
		return window;
	}

	record DeadlineRow(java.time.LocalDate dueOn, String kind, String title, String clientName, String link, boolean overdue) {
	}

	record NotificationRow(Notifications.Notification notification, String clientName) {
	}
}
