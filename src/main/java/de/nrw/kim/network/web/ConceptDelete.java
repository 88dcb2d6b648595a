package de.nrw.kim.network.web;

import org.springframework.ui.Model;

/** The confirmation page before something of the KIM concept is deleted. */
final class ConceptDelete {

	private ConceptDelete() {
	}

	static String confirm(Model model, String titleKey, String questionKey, String name, String action) {
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("questionKey", questionKey);
		model.addAttribute("name", name);
		model.addAttribute("action", action);
		return "network/concept-delete";
	}
}
