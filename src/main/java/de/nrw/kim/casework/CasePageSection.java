package de.nrw.kim.casework;

import java.util.Map;

import de.nrw.kim.platform.CurrentUser;

/**
 * A section another module adds to the overview of a case (e.g. the handover checklist after a change
 * of the responsible benefit office, from residence). The overview renders {@code fragment()} with the
 * variable {@code sectionModel} bound to {@link #model}; a section with nothing to say for this case
 * returns an empty map and is left out. Implementations record their reads in the audit trail.
 */
public interface CasePageSection {

	int order();

	boolean visibleTo(CurrentUser user);

	String fragment();

	/** For a case the user may see; an empty map leaves the section out. */
	Map<String, Object> model(CaseSummary kase, CurrentUser user);
}
