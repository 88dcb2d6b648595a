package de.nrw.kim.platform;

import java.util.Map;

/**
 * A section of the start page contributed by a module (e.g. "Meine Fälle" by casework). The layout
 * renders the Thymeleaf fragment {@code template :: fragment} with the given model.
 */
public interface StartPageSection {

	int order();

	boolean visibleTo(CurrentUser user);

	/** Template name and fragment, e.g. {@code "casework/start :: myCases"}. */
	String fragment();

	Map<String, Object> model(CurrentUser user);
}
