package de.nrw.kim.client;

import java.util.Map;
import java.util.UUID;

import de.nrw.kim.platform.CurrentUser;

/**
 * A section another module adds to the client's page (e.g. the client's cases from casework). The
 * client page renders {@code fragment()} (e.g. {@code "casework/client-cases :: cases"}) with the
 * variable {@code sectionModel} bound to {@link #model}.
 */
public interface ClientPageSection {

	int order();

	boolean visibleTo(CurrentUser user);

	String fragment();

	Map<String, Object> model(UUID clientId, CurrentUser user);
}
