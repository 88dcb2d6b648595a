package de.nrw.kim.residence.internal;

import java.time.Clock;
import java.util.UUID;

import de.nrw.kim.platform.AuditAction;
import de.nrw.kim.platform.Authorities;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.NotFoundException;
import de.nrw.kim.platform.PageResult;
import de.nrw.kim.platform.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's own reminders; reading the list is audited for each client on the page. */
@Service
@PreAuthorize(Authorities.CLIENT_DATA)
public class NotificationService {

	private final Notifications notifications;
	private final ResidenceAccess access;
	private final Clock clock;

	NotificationService(Notifications notifications, ResidenceAccess access, Clock clock) {
		this.notifications = notifications;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	public PageResult<Notifications.Notification> mine(Paging paging) {
		CurrentUser user = CurrentUser.require();
		PageResult<Notifications.Notification> page = notifications.of(user.requireMunicipality(), user.username(), paging);
		page.items().stream().map(Notifications.Notification::clientId).distinct()
				.forEach(id -> access.record(AuditAction.READ, "ResidenceNotification", id, id));
		return page;
	}

	@Transactional(readOnly = true)
	public long unread() {
		CurrentUser user = CurrentUser.require();
		return user.municipality() == null ? 0 : notifications.unread(user.municipality(), user.username());
	}

	@Transactional
	public void markRead(UUID id) {
		CurrentUser user = CurrentUser.require();
		if (!notifications.markRead(user.requireMunicipality(), id, user.username(), clock.instant())) {
			throw new NotFoundException("Die Benachrichtigung");
		}
		UUID client = notifications.clientOf(user.municipality(), id);
		access.record(AuditAction.UPDATE, "ResidenceNotification", id, client);
	}
}
