package de.nrw.kim.network.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steering group of the coordination: meetings, agenda items from gaps, decisions. */
@Service
@PreAuthorize("hasRole('COORDINATOR')")
public class SteeringService {

	private final SteeringStore store;
	private final GapService gaps;
	private final Partners partners;

	SteeringService(SteeringStore store, GapService gaps, Partners partners) {
		this.store = store;
		this.gaps = gaps;
		this.partners = partners;
	}

	@Transactional
	public Meeting create(String on, String title) {
		Input in = new Input();
		var date = in.date("on", on, true, "Bitte den Sitzungstag angeben.");
		String cleanTitle = in.text("title", title, 200, true, "Bitte einen Titel für die Sitzung angeben.");
		in.throwIfAny();
		CurrentUser user = CurrentUser.require();
		UUID id = UUID.randomUUID();
		store.insertMeeting(user.requireMunicipality(), id, date, cleanTitle, user.username());
		return read(id);
	}

	@Transactional
	public Meeting.Item addItem(UUID meetingId, ItemDraft draft, List<String> gapIds) {
		read(meetingId);
		Input in = new Input();
		SteeringStore.ItemValues values = values(draft, in);
		List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(gapIds == null ? List.of()
				: gapIds.stream().map(g -> in.id("gapIds", g, false, null)).filter(java.util.Objects::nonNull).toList()));
		in.throwIfAny();
		for (UUID gapId : ids) {
			try {
				gaps.read(gapId);
			} catch (NotFoundException e) {
				throw new ValidationException("gapIds", "Diese Lücke gibt es in Ihrer Kommune nicht: " + gapId);
			}
		}
		gaps.moveToSteering(ids);
		UUID id = UUID.randomUUID();
		store.insertItem(municipality(), meetingId, id, values, ids);
		return item(meetingId, id);
	}

	@Transactional
	public Meeting.Item updateItem(UUID meetingId, UUID itemId, ItemDraft draft, Integer version) {
		item(meetingId, itemId);
		Input in = new Input();
		SteeringStore.ItemValues values = values(draft, in);
		if (version == null) {
			in.error("version", "Bitte die Version angeben, die Sie geändert haben.");
		}
		in.throwIfAny();
		if (!store.updateItem(municipality(), meetingId, itemId, version, values)) {
			throw new StaleVersionException();
		}
		return item(meetingId, itemId);
	}

	@Transactional(readOnly = true)
	public Meeting read(UUID id) {
		Meeting m = store.find(municipality(), id).orElseThrow(() -> new NotFoundException("Die Sitzung"));
		return new Meeting(m.id(), m.on(), m.title(), m.items().stream().map(this::withPartnerName).toList());
	}

	@Transactional(readOnly = true)
	public PageResult<Meeting> list(Paging paging) {
		return store.list(municipality(), paging);
	}

	private Meeting.Item item(UUID meetingId, UUID itemId) {
		return read(meetingId).items().stream().filter(i -> i.id().equals(itemId)).findFirst()
				.orElseThrow(() -> new NotFoundException("Der Tagesordnungspunkt"));
	}

	private SteeringStore.ItemValues values(ItemDraft d, Input in) {
		String title = in.text("title", d.title(), 200, true, "Bitte einen Titel für den Tagesordnungspunkt angeben.");
		String decision = in.text("decision", d.decision(), 4000, false, null);
		UUID partner = in.id("responsiblePartnerId", d.responsiblePartnerId(), false, null);
		if (partner != null && partners.find(partner).isEmpty()) {
			in.error("responsiblePartnerId", "Diesen Netzwerkpartner gibt es in Ihrer Kommune nicht.");
		}
		var due = in.date("dueOn", d.dueOn(), false, null);
		Meeting.ItemStatus status = in.choice("status", d.status(), Meeting.ItemStatus.class, false, null);
		if (status == null) {
			status = decision == null ? Meeting.ItemStatus.OPEN : Meeting.ItemStatus.DECIDED;
		}
		return new SteeringStore.ItemValues(title, decision, partner, due, status);
	}

	private Meeting.Item withPartnerName(Meeting.Item i) {
		String name = i.responsiblePartnerId() == null ? null
				: partners.find(i.responsiblePartnerId()).map(Partner::name).orElse(null);
		return new Meeting.Item(i.id(), i.seq(), i.title(), i.gapIds(), i.decision(), i.responsiblePartnerId(), name,
				i.dueOn(), i.status(), i.version());
	}

	private static MunicipalityKey municipality() {
		return CurrentUser.require().requireMunicipality();
	}

	/** An agenda item as entered. */
	public record ItemDraft(String title, String decision, String responsiblePartnerId, String dueOn, String status) {
	}
}
