package de.nrw.kim.platform.web;

import java.util.Comparator;
import java.util.List;

import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.StartPageSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of every role: the sections the modules contribute for that user. */
@Controller
class StartPageController {

	private final List<StartPageSection> sections;

	StartPageController(List<StartPageSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(StartPageSection::order)).toList();
	}

	@GetMapping("/")
	String start(Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("sections", sections.stream()
				.filter(section -> section.visibleTo(user))
				.map(section -> new RenderedSection(section.fragment(), section.model(user)))
				.toList());
		return "platform/start";
	}

	record RenderedSection(String fragment, java.util.Map<String, Object> model) {
	}
}
