package de.nrw.kim.network.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A meeting of the steering group with its agenda. */
public record Meeting(UUID id, LocalDate on, String title, List<Item> items) {

	public enum ItemStatus {
		OPEN, DECIDED, DONE
	}

	/** An agenda item: the gaps it treats, the decision, who is responsible until when. */
	public record Item(UUID id, int seq, String title, List<UUID> gapIds, String decision, UUID responsiblePartnerId,
			String responsiblePartnerName, LocalDate dueOn, ItemStatus status, int version) {
	}
}
