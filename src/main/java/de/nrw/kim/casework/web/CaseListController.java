package de.nrw.kim.casework.web;

import java.util.stream.Stream;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.casework.Phase;
import de.nrw.kim.casework.internal.Case;
import de.nrw.kim.casework.internal.CaseFilter;
import de.nrw.kim.casework.internal.CaseScope;
import de.nrw.kim.casework.internal.CaseService;
import de.nrw.kim.client.ClientSummary;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of cases (mine, shared by the team, all visible; by phase; in pages) and opening a case for a client. */
@Controller
class CaseListController {

	/** Status filter of the list: all open cases (default), every case, or one phase. */
	static final List<String> STATUS_FILTERS = Stream.concat(Stream.of("OPEN", "ALL"),
			Arrays.stream(Phase.values()).map(Enum::name)).toList();

	private final CaseService cases;
	private final ClientNames names;

	CaseListController(CaseService cases, ClientNames names) {
		this.cases = cases;
		this.names = names;
	}

	@GetMapping("/cases")
	String list(@RequestParam(required = false) String scope, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model) {
		CaseScope chosenScope = parse(scope, CaseScope.class, CaseScope.MINE);
		String chosenStatus = STATUS_FILTERS.contains(status) ? status : "OPEN";
		Phase phase = chosenStatus.equals("OPEN") || chosenStatus.equals("ALL") ? null : Phase.valueOf(chosenStatus);
		PageResult<Case> result = cases.list(new CaseFilter(chosenScope, phase, chosenStatus.equals("OPEN")),
				Paging.of(page == null ? 0 : Math.max(page, 0), 20));
		// one query for the page's names instead of one per row (issue 7: "my cases" at 300,000 clients)
		var clientNames = names.of(result.items().stream().map(Case::clientId).toList());
		model.addAttribute("result", result.map(c -> new CaseRow(c.id().value(), clientNames.get(c.clientId()), c.phase(),
				c.caseManagerName(), c.openedOn(), c.teamShared())));
		model.addAttribute("scope", chosenScope.name());
		model.addAttribute("status", chosenStatus);
		model.addAttribute("scopes", CaseScope.values());
		model.addAttribute("statuses", STATUS_FILTERS);
		model.addAttribute("baseUrl", "/cases?scope=" + chosenScope + "&status=" + chosenStatus);
		return "casework/list";
	}

	@GetMapping("/cases/new")
	String confirmOpening(@RequestParam(required = false) String clientId, Model model) {
		ClientSummary client = client(clientId);
		model.addAttribute("client", client);
		model.addAttribute("existing", cases.ofClient(client.id()).stream()
				.map(c -> new CaseRow(c.id().value(), client.displayName(), c.phase(), c.caseManagerName(),
						c.openedOn(), c.teamShared()))
				.toList());
		return "casework/new";
	}

	@PostMapping("/cases/new")
	String open(@RequestParam(required = false) String clientId, RedirectAttributes redirect) {
		Case opened = cases.open(client(clientId).id());
		redirect.addFlashAttribute("success", "casework.flash.opened");
		return "redirect:/cases/" + opened.id();
	}

	private ClientSummary client(String clientId) {
		try {
			return names.summary(UUID.fromString(clientId == null ? "" : clientId.strip()))
					.orElseThrow(() -> new NotFoundException("Die Klientin / der Klient"));
		} catch (IllegalArgumentException e) {
			throw new NotFoundException("Die Klientin / der Klient");
		}
	}

	private static <E extends Enum<E>> E parse(String value, Class<E> type, E fallback) {
		try {
			return value == null ? fallback : Enum.valueOf(type, value);
		} catch (IllegalArgumentException e) {
			return fallback;
		}
	}

	/** One case in a list. */
	record CaseRow(UUID id, String clientName, Phase phase, String caseManagerName, LocalDate openedOn,
			boolean teamShared) {
	}
}
