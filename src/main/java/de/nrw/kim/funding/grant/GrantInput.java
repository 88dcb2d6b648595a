package de.nrw.kim.funding.grant;

import java.util.List;
import java.util.Map;

import de.nrw.kim.funding.domain.Application;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.Notice;

/** What coordinators and the grant officer enter in the grant cycle, each field already parsed. */
public final class GrantInput {

	private GrantInput() {
	}

	/** The content of an application for a year. */
	public record ApplicationContent(int year, List<Application.PlannedPosition> positions, Money materialCosts,
			List<Application.PassThrough> passThrough) {
	}

	/**
	 * A decision; a partial approval gives either the amounts per Baustein or a total (spread in
	 * proportion), always with a reason, and so does a rejection.
	 */
	public record Decision(Notice.Decision decision, Money approvedAmount, Map<Module, Money> byModule, String reason,
			String conditions) {
	}
}
