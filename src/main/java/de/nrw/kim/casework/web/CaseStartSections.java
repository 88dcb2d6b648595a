package de.nrw.kim.casework.web;

import java.util.function.Function;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.Deadline;
import de.nrw.kim.casework.internal.CaseFileService;
import de.nrw.kim.casework.internal.CaseFilter;
import de.nrw.kim.casework.internal.CaseScope;
import de.nrw.kim.casework.internal.CaseService;
import de.nrw.kim.casework.internal.UpcomingDeadlines;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StartPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case manager's start page: "Meine Fälle" (open cases), "Fällige Wiedervorlagen" (due within
 * 14 days or overdue) and "Fristen" (the next deadlines within 30 days from every
 * {@link de.nrw.kim.casework.DeadlineSource} with their total and a link to the full list).
 */
@Configuration(proxyBeanMethods = false)
class CaseStartSections {

	static final int LIMIT = 10;
	static final int FOLLOW_UP_DAYS = 14;
	static final int DEADLINE_DAYS = 30;

	@Bean
	StartPageSection myCasesSection(CaseService cases, ClientNames names) {
		return section(100, "casework/start :: myCases", user -> {
			PageResult<CaseListController.CaseRow> open = cases
					.list(new CaseFilter(CaseScope.MINE, null, true), new Paging(0, LIMIT))
					.map(c -> new CaseListController.CaseRow(c.id().value(), names.of(c.clientId()), c.phase(),
							c.caseManagerName(), c.openedOn(), c.teamShared()));
			return Map.of("result", open);
		});
	}

	@Bean
	StartPageSection followUpsSection(CaseFileService file, ClientNames names) {
		return section(110, "casework/start :: followUps", user -> {
			LocalDate today = file.today();
			var due = file.dueFollowUps(true, today.plusDays(FOLLOW_UP_DAYS + 1), new Paging(0, LIMIT))
					.map(d -> new DueRow(d.followUp().dueOn(), d.followUp().title(), names.of(d.clientId()),
							"/cases/" + d.followUp().caseId() + "/follow-ups", d.followUp().dueOn().isBefore(today)));
			return Map.of("result", due, "today", today, "days", FOLLOW_UP_DAYS);
		});
	}

	@Bean
	StartPageSection deadlinesSection(UpcomingDeadlines upcoming, CaseFileService file, ClientNames names) {
		return section(120, "casework/start :: deadlines", user -> {
			LocalDate today = file.today();
			UpcomingDeadlines.Next next = upcoming.next(user, today.plusDays(DEADLINE_DAYS),
					d -> !"FOLLOW_UP".equals(d.kind()), LIMIT);
			Map<UUID, String> clientNames = names.of(next.shown().stream().map(Deadline::clientId).toList());
			List<DueRow> deadlines = next.shown().stream()
					.map(d -> new DueRow(d.dueOn(), d.title(), clientNames.get(d.clientId()), d.link(), d.dueOn().isBefore(today),
							"deadline.kind." + d.kind()))
					.toList();
			return Map.of("deadlines", deadlines, "total", next.total(), "days", DEADLINE_DAYS);
		});
	}

	private static StartPageSection section(int order, String fragment,
			Function<CurrentUser, Map<String, Object>> model) {
		return new StartPageSection() {

			@Override
			public int order() {
				return order;
			}

			@Override
			public boolean visibleTo(CurrentUser user) {
				return user.has(Role.CASE_MANAGER);
			}

			@Override
			public String fragment() {
				return fragment;
			}

			@Override
			public Map<String, Object> model(CurrentUser user) {
				return model.apply(user);
			}
		};
	}

	/** Something due: when, what, for whom, where to deal with it; {@code kindKey} names the kind of deadline. */
	record DueRow(LocalDate dueOn, String title, String clientName, String link, boolean overdue, String kindKey) {

		DueRow(LocalDate dueOn, String title, String clientName, String link, boolean overdue) {
			this(dueOn, title, clientName, link, overdue, null);
		}
	}
}
