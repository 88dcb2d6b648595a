package de.nrw.kim.casework.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import de.nrw.kim.casework.Deadline;
import de.nrw.kim.casework.DeadlineSource;
import de.nrw.kim.platform.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start page's "Fristen": the next few deadlines of every {@link DeadlineSource} and how many
 * there are in all. Only the shown ones are audited; the total is a count, not a read of anyone's data.
 */
@Component
public class UpcomingDeadlines {

	private final List<DeadlineSource> sources;

	UpcomingDeadlines(List<DeadlineSource> sources) {
		this.sources = sources;
	}

	@Transactional
	public Next next(CurrentUser user, LocalDate until, Predicate<Deadline> include, int limit) {
		List<Deadline> all = sources.stream().flatMap(source -> source.deadlines(user, until).stream())
				.filter(include).filter(d -> !d.dueOn().isAfter(until))
				.sorted(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::kind))
				.toList();
		List<Deadline> shown = all.stream().limit(limit).toList();
		sources.forEach(source -> source.shown(shown));
		return new Next(shown, all.size());
	}

	/** The first deadlines (at most the limit asked for) and the number of all deadlines in the window. */
	public record Next(List<Deadline> shown, int total) {
	}
}
