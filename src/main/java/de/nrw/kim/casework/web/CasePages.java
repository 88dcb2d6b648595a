package de.nrw.kim.casework.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.casework.CaseId;
import de.nrw.kim.casework.CasePageSection;
import de.nrw.kim.casework.CaseSummary;
import de.nrw.kim.casework.internal.Case;
import de.nrw.kim.casework.internal.CaseService;
import de.nrw.kim.platform.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every tab of the case page needs: the case header, the tabs, the form errors. */
@Component
class CasePages {

	static final String VIEW = "casework/case";

	/** The tabs of the case page: key (message and fragment) and path below {@code /cases/{id}}. */
	static final List<Tab> TABS = List.of(new Tab("overview", ""), new Tab("assessment", "/assessment"),
			new Tab("plan", "/plan"), new Tab("contacts", "/contacts"), new Tab("followUps", "/follow-ups"),
			new Tab("documents", "/documents"), new Tab("close", "/close"));

	private final CaseService cases;
	private final ClientNames names;
	private final List<CasePageSection> sections;

	CasePages(CaseService cases, ClientNames names, List<CasePageSection> sections) {
		this.cases = cases;
		this.names = names;
		this.sections = sections.stream().sorted(Comparator.comparingInt(CasePageSection::order)).toList();
	}

	/** The sections other modules add to the overview of this case, each with its model. */
	List<Section> sectionsOf(UUID id) {
		CurrentUser user = CurrentUser.require();
		CaseSummary kase = cases.find(CaseId.of(id)).orElseThrow();
		List<Section> shown = new ArrayList<>();
		for (CasePageSection section : sections) {
			if (section.visibleTo(user)) {
				Map<String, Object> model = section.model(kase, user);
				if (!model.isEmpty()) {
					shown.add(new Section(section.fragment(), model));
				}
			}
		}
		return shown;
	}

	record Section(String fragment, Map<String, Object> model) {
	}

	/** Reads the case (audited; 404 if not visible) and prepares the page for one tab. */
	CaseView prepare(UUID id, String tab, Model model, Map<String, String> errors) {
		Case c = cases.read(CaseId.of(id));
		CaseView view = CaseView.of(c, names.of(c.clientId()), CurrentUser.require());
		model.addAttribute("caseView", view);
		model.addAttribute("tab", tab);
		model.addAttribute("tabs", TABS);
		model.addAttribute("errors", errors);
		model.addAttribute("errorSummary", FormErrors.summary(errors));
		return view;
	}

	record Tab(String key, String path) {
	}
}
