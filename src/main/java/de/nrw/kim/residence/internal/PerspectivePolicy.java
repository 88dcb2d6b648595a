package de.nrw.kim.residence.internal;

import java.util.Optional;

/**
 * The named policy of one route. It reads its numbers from the {@link Rule} version valid on the
 * day, so a change of the law is a new rule version (data), not a change here.
 */
public interface PerspectivePolicy {

	String route();

	/** The hint, or empty when the route does not concern the person (e.g. § 24 for someone without it). */
	Optional<Hint> evaluate(Rule rule, PerspectiveCase c);
}
