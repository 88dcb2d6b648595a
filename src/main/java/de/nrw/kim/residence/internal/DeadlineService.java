package de.nrw.kim.residence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import de.nrw.kim.casework.Deadline;
import de.nrw.kim.casework.DeadlineSource;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One list of everything due for the caller in their municipality (API.md {@code GET /deadlines}):
 * residence expiries, follow-ups and goal due dates from every {@link DeadlineSource}. The window
 * is exact: due on or before today + {@code withinDays}; overdue ones are included and marked.
 */
@Service
@PreAuthorize(Authorities.CLIENT_DATA)
public class DeadlineService {

	public static final int MAX_DAYS = 366;

	private final List<DeadlineSource> sources;
	private final Clock clock;

	DeadlineService(List<DeadlineSource> sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	/**
	 * One page of {@link #within}, and only that page is audited (issue 7: the whole list of a large
	 * municipality is sorted and counted, but only the shown rows are a read of client data).
	 */
	@Transactional
	public PageResult<Due> page(Integer withinDays, Paging paging) {
		List<Due> all = within(withinDays);
		List<Due> items = all.stream().skip(paging.offset()).limit(paging.size()).toList();
		List<Deadline> shown = items.stream().map(Due::deadline).toList();
		sources.forEach(source -> source.shown(shown));
		return new PageResult<>(items, paging.page(), paging.size(), all.size());
	}

	/** Every deadline in the window, not audited: callers show a page of it through {@link #page}. */
	List<Due> within(Integer withinDays) {
		if (withinDays == null || withinDays < 0 || withinDays > MAX_DAYS) {
			throw new ValidationException("withinDays", "Bitte eine Anzahl Tage von 0 bis " + MAX_DAYS + " angeben.");
		}
		CurrentUser user = CurrentUser.require();
		user.requireMunicipality();
		LocalDate today = today();
		LocalDate until = today.plusDays(withinDays);
		return sources.stream().flatMap(source -> source.deadlines(user, until).stream())
				.filter(d -> !d.dueOn().isAfter(until))
				.sorted(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::kind))
				.map(d -> new Due(d, d.dueOn().isBefore(today)))
				.toList();
	}

	public LocalDate today() {
		return OfficeTime.today(clock);
	}

	public record Due(Deadline deadline, boolean overdue) {
	}
}
