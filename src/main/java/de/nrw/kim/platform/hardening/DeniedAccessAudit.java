package de.nrw.kim.platform.hardening;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.AuditTrail;
import de.nrw.kim.platform.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records a {@link AuditAction#DENIED} entry when a signed-in person of a municipality is refused
 * (403) or told "not found" (404) for a client or case by its id – the trace of someone probing
 * foreign or not shared ids. The same person and id are recorded at most once a minute, so a
 * script cannot flood the audit trail.
 */
class DeniedAccessAudit extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DeniedAccessAudit.class);
	private static final Pattern CLIENT_DATA = Pattern.compile(
			"^(?:/api/v1)?/(clients|cases)/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:/.*)?$");
	private static final Duration QUIET = Duration.ofMinutes(1);
	private static final int MEMORY = 10_000;

	private final AuditTrail audit;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final Map<String, Instant> recent = new ConcurrentHashMap<>();

	DeniedAccessAudit(AuditTrail audit, TransactionTemplate transactions, Clock clock) {
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		} finally {
			int status = response.getStatus();
			if (status == 403 || status == 404) {
				Matcher target = CLIENT_DATA.matcher(request.getRequestURI());
				Optional<CurrentUser> user = CurrentUser.find().filter(u -> u.municipality() != null);
				if (target.matches() && user.isPresent()) {
					record(user.get(), target.group(1), UUID.fromString(target.group(2)), request, status);
				}
			}
		}
	}

	private void record(CurrentUser user, String collection, UUID id, HttpServletRequest request, int status) {
		Instant now = clock.instant();
		Instant last = recent.get(user.username() + id);
		if (last != null && last.plus(QUIET).isAfter(now)) {
			return;
		}
		if (recent.size() > MEMORY) {
			recent.clear();
		}
		recent.put(user.username() + id, now);
		boolean client = collection.equals("clients");
		String purpose = "Zugriff verweigert (" + status + "): " + request.getMethod() + " " + request.getRequestURI();
		try {
			transactions.executeWithoutResult(tx -> audit.record(AuditAction.DENIED, client ? "Client" : "Case", id,
					client ? id : null, purpose.length() > 300 ? purpose.substring(0, 300) : purpose));
		} catch (RuntimeException e) {
			log.warn("Verweigerter Zugriff konnte nicht protokolliert werden", e);
		}
	}
}
