package de.nrw.kim.casework.internal;

import de.nrw.kim.casework.Phase;

/**
 * What a case list shows: the scope, and either one phase or only open cases (or everything).
 *
 * @param phase    only this phase, or {@code null} for any
 * @param openOnly only cases not closed (ignored when a phase is given)
 */
public record CaseFilter(CaseScope scope, Phase phase, boolean openOnly) {

	public CaseFilter {
		scope = scope == null ? CaseScope.ALL : scope;
	}
}
