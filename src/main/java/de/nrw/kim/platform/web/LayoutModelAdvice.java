package de.nrw.kim.platform.web;

import java.util.Comparator;
import java.util.List;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NavigationItem;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the user and the navigation entries their roles may use. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	private final List<NavigationItem> navigation;

	LayoutModelAdvice(List<NavigationItem> navigation) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return CurrentUser.find().orElse(null);
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		return CurrentUser.find()
				.map(user -> navigation.stream().filter(item -> item.visibleTo(user)).toList())
				.orElse(List.of());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
