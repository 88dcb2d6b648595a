package de.nrw.kim.platform.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every session of an account, e.g. after its password or roles changed: the roles of a
 * logged-in user live in their session and would otherwise stay valid until it expires.
 */
@Component
public class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends them once the surrounding transaction has committed (at once without a transaction). */
	public void endAllOf(String username) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					endNow(username);
				}
			});
		} else {
			endNow(username);
		}
	}

	private void endNow(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}
}
