package de.nrw.kim.funding.rules;

import java.util.List;
import java.util.UUID;

import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.PositionKind;

/**
 * The eligible amount of one position in one year, with the guideline version and the rules that
 * produced it and, when it is 0, why.
 *
 * @param rules       names of the rules that contributed, in the order applied
 * @param calculation the computation in words, e.g. "57.000,00 € × 12,00 VZÄ-Monate / 12"
 */
public record PositionAmount(UUID positionId, Module module, PositionKind kind, Fte fte, int countedMonths,
		Money personnelAmount, Money equipmentAmount, Money eligibleAmount, String reason, String guidelineVersion,
		List<String> rules, List<String> calculation) {
}
