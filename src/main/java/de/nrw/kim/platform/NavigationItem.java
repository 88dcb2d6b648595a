package de.nrw.kim.platform;

import java.util.Set;

/**
 * One entry of the main navigation. Modules publish theirs as beans; the layout shows those whose
 * roles the user has, sorted by {@code order}.
 *
 * @param messageKey key of the German/English label
 * @param path       link target, e.g. {@code /clients}
 */
public record NavigationItem(String messageKey, String path, int order, Set<Role> roles) {

	public boolean visibleTo(CurrentUser user) {
		return roles.stream().anyMatch(user::has);
	}
}
