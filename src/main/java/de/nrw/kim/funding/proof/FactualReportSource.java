package de.nrw.kim.funding.proof;

import de.nrw.kim.platform.MunicipalityKey;

/**
 * One section of the figures of the factual report. Every bean of this type contributes its section
 * in {@link org.springframework.core.annotation.Order} sequence; a new section (e.g. referrals by
 * legal domain from the cooperation module) is one more bean and its message keys, nothing else.
 * A source is called outside a transaction for state-level users and must not need one.
 */
public interface FactualReportSource {

	FactualFigures.Section section(MunicipalityKey municipality, int year);
}
