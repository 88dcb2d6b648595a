package de.nrw.kim.partner.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.nrw.kim.partner.LegalDomain;
import de.nrw.kim.partner.Partner;
import de.nrw.kim.partner.PartnerStatus;
import de.nrw.kim.partner.PartnerType;
import de.nrw.kim.partner.Partners;
import de.nrw.kim.platform.ConflictException;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import de.nrw.kim.platform.ProblemType;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.StaleVersionException;
import de.nrw.kim.platform.TenantContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing the partners of the caller's municipality: coordinators create, change and confirm;
 * case managers propose (their partners start as PROPOSED). Everyone of the municipality reads.
 */
@Service
public class PartnerService implements Partners {

	static final String MANAGE = "hasAnyRole('COORDINATOR','CASE_MANAGER')";
	static final String READ = "hasAnyRole('COORDINATOR','CASE_MANAGER','IMMIGRATION_OFFICER','MUNICIPAL_ADMIN','PARTNER')";

	private final PartnerStore store;
	private final Clock clock = Clock.systemUTC();

	PartnerService(PartnerStore store) {
		this.store = store;
	}

	@Transactional
	@PreAuthorize(MANAGE)
	public Partner create(PartnerDraft draft) {
		CurrentUser user = CurrentUser.require();
		PartnerDraft.Valid valid = draft.validate();
		UUID id = UUID.randomUUID();
		PartnerStatus status = user.has(Role.COORDINATOR) ? PartnerStatus.CONFIRMED : PartnerStatus.PROPOSED;
		store.insert(user.requireMunicipality(), id, valid, status, user.username(), Instant.now(clock));
		return require(id);
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Partner update(UUID id, Integer version, PartnerDraft draft) {
		MunicipalityKey m = CurrentUser.require().requireMunicipality();
		require(id);
		PartnerDraft.Valid valid = draft.validate();
		if (version == null) {
			throw new de.nrw.kim.platform.ValidationException("version", "Bitte die Version angeben, die Sie geändert haben.");
		}
		if (!store.update(m, id, version, valid, Instant.now(clock))) {
			throw new StaleVersionException();
		}
		return require(id);
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Partner confirm(UUID id) {
		CurrentUser user = CurrentUser.require();
		Partner partner = require(id);
		if (partner.isConfirmed()) {
			throw new ConflictException(ProblemType.INVALID_TRANSITION, "Der Partner ist bereits bestätigt.");
		}
		store.confirm(user.requireMunicipality(), id, user.username(), Instant.now(clock));
		return require(id);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(READ)
	public PageResult<Partner> list(PartnerType type, LegalDomain domain, PartnerStatus status, String name, Paging paging) {
		return store.list(CurrentUser.require().requireMunicipality(), type, domain, status, name, paging);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(READ)
	public Partner read(UUID id) {
		return require(id);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('COORDINATOR','MUNICIPAL_ADMIN')")
	public List<String> members(UUID id) {
		return store.members(require(id).municipality(), id);
	}

	/** Links a PARTNER account to the partner it works for (coordinator or municipal administrator). */
	@Transactional
	@PreAuthorize("hasAnyRole('COORDINATOR','MUNICIPAL_ADMIN')")
	public void link(UUID id, String username) {
		if (username == null || username.isBlank()) {
			throw new de.nrw.kim.platform.ValidationException("username", "Bitte den Anmeldenamen angeben.");
		}
		Partner partner = require(id);
		store.link(partner.municipality(), id, username.strip().toLowerCase(java.util.Locale.ROOT), CurrentUser.require().username());
	}

	/** For the demo data: links without a signed-in user, in the current tenant. */
	@Transactional
	public void linkForDemo(UUID id, String username) {
		store.link(tenant().orElseThrow(), id, username, "demo");
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Partner> find(UUID partnerId) {
		if (partnerId == null) {
			return Optional.empty();
		}
		return tenant().flatMap(m -> store.find(m, partnerId));
	}

	@Override
	@Transactional(readOnly = true)
	public Partner require(UUID partnerId) {
		return find(partnerId).orElseThrow(() -> new NotFoundException("Der Netzwerkpartner"));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Partner> confirmed() {
		return tenant().map(m -> store.list(m, null, null, PartnerStatus.CONFIRMED, null, new Paging(0, Paging.MAX_SIZE)).items())
				.orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Partner> ofMember(String username) {
		return tenant().flatMap(m -> store.partnerOfMember(m, username).flatMap(id -> store.find(m, id)));
	}

	/** For the demo data: creates a confirmed partner in the current tenant. */
	@Transactional
	public Partner createForDemo(PartnerDraft draft) {
		UUID id = UUID.randomUUID();
		store.insert(tenant().orElseThrow(), id, draft.validate(), PartnerStatus.CONFIRMED, "demo", Instant.now(clock));
		return require(id);
	}

	private static Optional<MunicipalityKey> tenant() {
		return TenantContext.current();
	}
}
