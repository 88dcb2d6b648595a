package de.nrw.kim.client.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fuzzy search and duplicate detection over the clients the caller may see: those of the caller's
 * organisation in the caller's municipality (ADR 0101). Every client a result shows is written to the
 * audit trail as a READ, in the same transaction.
 */
@Service
public class ClientSearch {

	static final String SEARCH_PURPOSE = "Suche";
	static final String DUPLICATE_PURPOSE = "Dublettenprüfung";
	/** word similarity (pg_trgm {@code <%}) a name must reach to match without a phonetic match */
	static final double WORD_SIMILARITY_THRESHOLD = 0.5;
	private static final int DUPLICATE_POOL = 100;
	private static final int MAX_DUPLICATES = 10;

	private final Clients clients;
	private final AuditTrail audit;

	private final Clock clock;

	ClientSearch(Clients clients, AuditTrail audit, Clock clock) {
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	/** Clients whose name matches {@code q} (typos, umlauts, phonetics, other scripts, any order), best first. */
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public PageResult<Clients.Match> search(String q, Paging paging) {
		List<SearchKeys.QueryForm> forms = SearchKeys.query(ClientInput.searchQuery(q));
		CurrentUser user = CurrentUser.require();
		MunicipalityKey municipality = user.requireMunicipality();
		if (forms.isEmpty() || user.organisationId() == null) {
			return new PageResult<>(List.of(), paging.page(), paging.size(), 0);
		}
		clients.prepareSearch(WORD_SIMILARITY_THRESHOLD);
		Clients.Matches matches = clients.search(municipality, user.organisationId(), forms, null, paging.size(),
				paging.offset());
		audit.recordAll(AuditAction.READ, ClientService.ENTITY,
				matches.items().stream().map(match -> new AuditTrail.Accessed(match.id(), match.id())).toList(),
				SEARCH_PURPOSE);
		return new PageResult<>(matches.items(), paging.page(), paging.size(), matches.total());
	}

	/**
	 * Clients that are likely the same person: a similar name (as in {@link #search}, compared part by
	 * part) and a birth date that can be the same day. Best first, at most ten. The input is checked
	 * like a new client's (field errors).
	 *
	 * @param except a client to leave out (the one being edited), or {@code null}
	 */
	@Transactional
	@PreAuthorize(Authorities.CASE_WORK)
	public List<DuplicateCandidate> duplicates(String givenName, String familyName, String birthDate, UUID except) {
		ClientInput.DuplicateQuery query = ClientInput.duplicateQuery(givenName, familyName, birthDate,
				LocalDate.now(clock));
		CurrentUser user = CurrentUser.require();
		MunicipalityKey municipality = user.requireMunicipality();
		List<SearchKeys.QueryForm> forms = SearchKeys.query(query.givenName() + " " + query.familyName());
		if (forms.isEmpty() || user.organisationId() == null) {
			return List.of();
		}
		clients.prepareSearch(WORD_SIMILARITY_THRESHOLD);
		String birthYear = query.birthDate() == null ? null : String.format("%04d", query.birthDate().year());
		List<DuplicateCandidate> candidates = clients
				.search(municipality, user.organisationId(), forms, birthYear, DUPLICATE_POOL, 0).items().stream()
				.filter(match -> !match.id().equals(except))
				.map(match -> new DuplicateCandidate(match, Likeness.of(query.givenName(), query.familyName(),
						query.birthDate(), match)))
				.filter(candidate -> candidate.score() >= Likeness.THRESHOLD)
				.sorted(Comparator.comparingDouble(DuplicateCandidate::score).reversed())
				.limit(MAX_DUPLICATES)
				.toList();
		audit.recordAll(AuditAction.READ, ClientService.ENTITY,
				candidates.stream().map(candidate -> new AuditTrail.Accessed(candidate.id(), candidate.id())).toList(),
				DUPLICATE_PURPOSE);
		return candidates;
	}

	/** A likely duplicate: what the warning shows of it, and how alike it is (0..1). */
	public record DuplicateCandidate(UUID id, String givenName, String familyName, String birthDate, double score) {

		DuplicateCandidate(Clients.Match match, double score) {
			this(match.id(), match.givenName(), match.familyName(), match.birthDate(), score);
		}
	}
}
