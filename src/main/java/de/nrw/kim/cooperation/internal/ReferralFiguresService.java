package de.nrw.kim.cooperation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.nrw.kim.cooperation.DeclineReason;
import de.nrw.kim.cooperation.ReferralFigures;
import de.nrw.kim.cooperation.ReferralStatus;
import de.nrw.kim.partner.LegalDomain;
import de.nrw.kim.platform.CurrentUser;
import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Referral counts; state-level callers read through the row policy {@code referral_state_read} (ADR 0405). */
@Service
class ReferralFiguresService implements ReferralFigures {

	private final ReferralStore store;

	ReferralFiguresService(ReferralStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public Figures of(MunicipalityKey municipality, int year) {
		requireVisible(municipality);
		Map<String, Long> byLegalDomain = complete(LegalDomain.values(), store.countBy("legal_domain", municipality, year));
		Map<String, Long> byStatus = complete(ReferralStatus.values(), store.countBy("status", municipality, year));
		Map<String, Long> byReason = complete(DeclineReason.values(), store.countBy("decline_reason", municipality, year));
		long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
		return new Figures(municipality.value(), year, total, byLegalDomain, byStatus, byReason);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PartnerDeclines> noCapacityDeclinesByPartner(MunicipalityKey municipality, int year) {
		requireVisible(municipality);
		return store.declinesByPartner(municipality, year, DeclineReason.NO_CAPACITY);
	}

	private static void requireVisible(MunicipalityKey municipality) {
		CurrentUser user = CurrentUser.require();
		if (!user.isStateLevel() && !municipality.equals(user.municipality())) {
			throw new NotFoundException("Die Kommune " + municipality);
		}
	}

	private static Map<String, Long> complete(Enum<?>[] values, Map<String, Long> counts) {
		Map<String, Long> all = new LinkedHashMap<>();
		for (Enum<?> value : values) {
			all.put(value.name(), counts.getOrDefault(value.name(), 0L));
		}
		return all;
	}
}
