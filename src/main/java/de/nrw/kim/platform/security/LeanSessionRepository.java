package de.nrw.kim.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's JDBC repository with two round trips less per request (ADR 0812):
 * <ul>
 * <li>It writes a session back only when something in it changed, or when its last access lies more
 * than {@code touchInterval} back. Otherwise every request would update the session row just to move
 * that time, and the idle timeout may end a session at most this much early.</li>
 * <li>Within one request ({@link RequestSessions}) a session is read from the database once. The
 * session filter reads it again after the response was committed early, which every page larger than
 * the response buffer and every static file is.</li>
 * </ul>
 */
final class LeanSessionRepository implements FindByIndexNameSessionRepository<LeanSessionRepository.TrackedSession> {

	private final FindByIndexNameSessionRepository<Session> jdbc;
	private final Duration touchInterval;

	@SuppressWarnings("unchecked")
	LeanSessionRepository(FindByIndexNameSessionRepository<? extends Session> jdbc, Duration touchInterval) {
		this.jdbc = (FindByIndexNameSessionRepository<Session>) jdbc;
		this.touchInterval = touchInterval;
	}

	@Override
	public TrackedSession createSession() {
		return new TrackedSession(jdbc.createSession(), true);
	}

	@Override
	public void save(TrackedSession session) {
		if (session.isNew || session.changed
				|| !session.getLastAccessedTime().isBefore(session.lastAccessStored.plus(touchInterval))) {
			jdbc.save(session.delegate);
			if (!session.getId().equals(session.idStored)) {
				RequestSessions.forget(session.idStored);
			}
			session.stored();
		}
		RequestSessions.remember(session.getId(), session);
	}

	@Override
	public TrackedSession findById(String id) {
		Object known = RequestSessions.known(id);
		if (known instanceof TrackedSession session) {
			return session;
		}
		Session found = jdbc.findById(id);
		TrackedSession session = found == null ? null : new TrackedSession(found, false);
		RequestSessions.remember(id, session);
		return session;
	}

	@Override
	public void deleteById(String id) {
		RequestSessions.forget(id);
		jdbc.deleteById(id);
	}

	@Override
	public Map<String, TrackedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, TrackedSession> sessions = new LinkedHashMap<>();
		jdbc.findByIndexNameAndIndexValue(indexName, indexValue)
				.forEach((id, session) -> sessions.put(id, new TrackedSession(session, false)));
		return sessions;
	}

	/** A session that knows whether anything but its last access changed since it was stored. */
	static final class TrackedSession implements Session {

		private final Session delegate;
		private boolean isNew;
		private boolean changed;
		private Instant lastAccessStored;
		private String idStored;

		TrackedSession(Session delegate, boolean isNew) {
			this.delegate = delegate;
			this.isNew = isNew;
			this.lastAccessStored = delegate.getLastAccessedTime();
			this.idStored = delegate.getId();
		}

		private void stored() {
			isNew = false;
			changed = false;
			lastAccessStored = delegate.getLastAccessedTime();
			idStored = delegate.getId();
		}

		@Override
		public String getId() {
			return delegate.getId();
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return delegate.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			changed = true;
			delegate.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			changed = true;
			delegate.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return delegate.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			delegate.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			changed = true;
			delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return delegate.isExpired();
		}
	}
}
