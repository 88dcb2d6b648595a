package de.nrw.kim.residence.web;

import java.time.LocalDate;
import java.util.UUID;

import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.residence.internal.DeadlineService;
import de.nrw.kim.residence.internal.NotificationService;
import de.nrw.kim.residence.internal.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Residence": deadlines of the caller's municipality and the caller's reminders. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Aufenthalt")
class DeadlineApiController {

	private final DeadlineService deadlines;
	private final NotificationService notifications;

	DeadlineApiController(DeadlineService deadlines, NotificationService notifications) {
		this.deadlines = deadlines;
		this.notifications = notifications;
	}

	@GetMapping("/deadlines")
	@Operation(summary = "Fristen: ablaufende Aufenthaltstitel, Wiedervorlagen und Zieltermine",
			description = "Fällig bis einschließlich heute + withinDays (0–366), Überfälliges eingeschlossen (overdue); "
					+ "nur, was die Person in ihrer Kommune sehen darf. Früheste zuerst.")
	PageResult<DeadlineItem> deadlines(@RequestParam(required = false) Integer withinDays,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return deadlines.page(withinDays, Paging.of(page, size)).map(DeadlineItem::of);
	}

	@GetMapping("/residence/notifications")
	@Operation(summary = "Eigene Erinnerungen an ablaufende Aufenthaltstitel, ungelesene zuerst")
	PageResult<Notifications.Notification> notifications(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return notifications.mine(Paging.of(page, size));
	}

	@PostMapping("/residence/notifications/{id}/read")
	@Operation(summary = "Erinnerung als gelesen markieren")
	ResponseEntity<Void> read(@PathVariable UUID id) {
		notifications.markRead(id);
		return ResponseEntity.noContent().build();
	}

	record DeadlineItem(UUID clientId, UUID caseId, String kind, LocalDate dueOn, String title, boolean overdue) {

		static DeadlineItem of(DeadlineService.Due due) {
			var d = due.deadline();
			return new DeadlineItem(d.clientId(), d.caseId() == null ? null : d.caseId().value(), d.kind(), d.dueOn(),
					d.title(), due.overdue());
		}
	}

}
