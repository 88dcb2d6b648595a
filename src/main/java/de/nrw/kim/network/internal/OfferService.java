package de.nrw.kim.network.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.nrw.kim.casework.LifeDomain;
import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offers of the municipality's partners: the coordination maintains them and confirms that they
 * are still current ("zuletzt geprüft"); case managers search them when they plan a goal.
 */
@Service
public class OfferService {

	static final String READ = "hasAnyRole('COORDINATOR','CASE_MANAGER','MUNICIPAL_ADMIN')";
	static final String MANAGE = "hasRole('COORDINATOR')";
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final OfferStore store;
	private final Partners partners;
	private final int staleAfterDays;
	private final Clock clock = Clock.system(ZONE);

	OfferService(OfferStore store, Partners partners, @Value("${kim.network.offer-stale-after-days:180}") int staleAfterDays) {
		this.store = store;
		this.partners = partners;
		this.staleAfterDays = staleAfterDays;
	}

	public int staleAfterDays() {
		return staleAfterDays;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional
	@PreAuthorize(MANAGE)
	public Offer create(OfferDraft draft) {
		CurrentUser user = CurrentUser.require();
		OfferDraft.Valid valid = checked(draft);
		UUID id = UUID.randomUUID();
		store.insert(user.requireMunicipality(), id, valid, checkedOn(valid), user.username());
		return read(id);
	}

	@Transactional
	@PreAuthorize(MANAGE)
	public Offer update(UUID id, Integer version, OfferDraft draft) {
		MunicipalityKey m = CurrentUser.require().requireMunicipality();
		read(id);
		OfferDraft.Valid valid = checked(draft);
		if (version == null) {
			throw new ValidationException("version", "Bitte die Version angeben, die Sie geändert haben.");
		}
		if (!store.update(m, id, version, valid, checkedOn(valid), Instant.now(clock))) {
			throw new StaleVersionException();
		}
		return read(id);
	}

	/** The coordination confirms that the offer is still as described. */
	@Transactional
	@PreAuthorize(MANAGE)
	public Offer markChecked(UUID id) {
		read(id);
		store.markChecked(CurrentUser.require().requireMunicipality(), id, today());
		return read(id);
	}

	@Transactional
	@PreAuthorize(MANAGE)
	public void delete(UUID id) {
		if (!store.delete(CurrentUser.require().requireMunicipality(), id)) {
			throw new NotFoundException("Das Angebot");
		}
	}

	@Transactional(readOnly = true)
	@PreAuthorize(READ)
	public Offer read(UUID id) {
		return store.find(CurrentUser.require().requireMunicipality(), id).map(this::withPartnerName)
				.orElseThrow(() -> new NotFoundException("Das Angebot"));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(READ)
	public PageResult<Offer> search(LifeDomain domain, String language, String text, Paging paging) {
		String code = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
		String q = text == null || text.isBlank() ? null : text.strip();
		return store.search(CurrentUser.require().requireMunicipality(), domain, code, q, paging).map(this::withPartnerName);
	}

	/** Offers not checked for longer than the configured period, oldest first. */
	@Transactional(readOnly = true)
	@PreAuthorize(MANAGE)
	public List<Offer> stale(int limit) {
		return store.checkedBefore(CurrentUser.require().requireMunicipality(), today().minusDays(staleAfterDays), limit)
				.stream().map(this::withPartnerName).toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(MANAGE)
	public long staleCount() {
		return store.countCheckedBefore(CurrentUser.require().requireMunicipality(), today().minusDays(staleAfterDays));
	}

	private OfferDraft.Valid checked(OfferDraft draft) {
		OfferDraft.Valid valid = draft.validate();
		if (partners.find(valid.partnerId()).isEmpty()) {
			throw new ValidationException("partnerId", "Diesen Netzwerkpartner gibt es in Ihrer Kommune nicht.");
		}
		if (valid.lastCheckedOn() != null && valid.lastCheckedOn().isAfter(today())) {
			throw new ValidationException("lastCheckedOn", "Das Prüfdatum darf nicht in der Zukunft liegen.");
		}
		return valid;
	}

	private LocalDate checkedOn(OfferDraft.Valid valid) {
		return valid.lastCheckedOn() == null ? today() : valid.lastCheckedOn();
	}

	private Offer withPartnerName(Offer o) {
		String name = partners.find(o.partnerId()).map(Partner::name).orElse(null);
		return new Offer(o.id(), o.partnerId(), name, o.title(), o.domain(), o.languages(), o.targetGroup(), o.location(),
				o.openingHours(), o.capacity(), o.waitingWeeks(), o.cost(), o.accessibility(), o.lastCheckedOn(), o.version());
	}
}
