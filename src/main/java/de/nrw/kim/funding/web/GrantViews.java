package de.nrw.kim.funding.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.nrw.kim.funding.domain.Application;
import de.nrw.kim.funding.domain.EmployerKind;
import de.nrw.kim.funding.domain.Fte;
import de.nrw.kim.funding.domain.Module;
import de.nrw.kim.funding.domain.Money;
import de.nrw.kim.funding.domain.Notice;
import de.nrw.kim.funding.domain.PositionKind;
import de.nrw.kim.funding.grant.GrantInput;
import de.nrw.kim.funding.grant.Notices;
import de.nrw.kim.funding.rules.PlannedAmounts;
import de.nrw.kim.funding.rules.PositionAmount;

/** Requests and responses of the grant cycle (API and pages share the responses). */
final class GrantViews {

	private GrantViews() {
	}

	static Map<String, Money> byModule(Map<Module, Money> amounts) {
		Map<String, Money> json = new LinkedHashMap<>();
		for (Module m : Module.values()) {
			json.put(m.key(), amounts.getOrDefault(m, Money.ZERO));
		}
		return json;
	}

	/** A planned position as sent. */
	record PlannedLine(Integer module, PositionKind kind, BigDecimal fte, Integer months, Boolean newPosition) {
	}

	/** A planned pass-through as sent. */
	record PassThroughLine(String recipientName, EmployerKind recipientKind, BigDecimal amount) {
	}

	/** An application as sent (create, or change with {@code version}). */
	record ApplicationRequest(Integer year, List<PlannedLine> positions, BigDecimal materialCosts,
			List<PassThroughLine> passThrough, Integer version) {

		GrantInput.ApplicationContent validate(Integer fixedYear) {
			Inputs inputs = new Inputs();
			int y = year != null ? year : fixedYear != null ? fixedYear : 0;
			if (y < 2000 || y > 2100) {
				inputs.error("year", "Bitte das Förderjahr angeben (z. B. 2027).");
			}
			List<Application.PlannedPosition> planned = new ArrayList<>();
			List<PlannedLine> lines = positions == null ? List.of() : positions;
			if (lines.size() > 500) {
				inputs.error("positions", "Höchstens 500 geplante Stellen je Antrag.");
			}
			for (int i = 0; i < lines.size(); i++) {
				PlannedLine line = lines.get(i);
				String prefix = "positions[" + i + "].";
				if (line == null) {
					inputs.error("positions[" + i + "]", "Leere Zeile.");
					continue;
				}
				Module m = Module.ofNumber(line.module()).orElse(null);
				if (m == null) {
					inputs.error(prefix + "module", "Baustein 1, 2 oder 3.");
				}
				PositionKind kind = line.kind() == null ? PositionKind.STAFF : line.kind();
				if (kind == PositionKind.ADMIN_ASSISTANCE && m != null && m != Module.COORDINATION) {
					inputs.error(prefix + "kind", "Eine Verwaltungsassistenz gibt es nur in Baustein 1.");
				}
				Fte fte = inputs.fte(prefix + "fte", line.fte());
				if (line.months() == null || line.months() < 1 || line.months() > 12) {
					inputs.error(prefix + "months", "Die geplanten Monate liegen zwischen 1 und 12.");
				}
				if (m != null && fte != null && line.months() != null && line.months() >= 1 && line.months() <= 12) {
					planned.add(new Application.PlannedPosition(m, kind, fte, line.months(), Boolean.TRUE.equals(line.newPosition())));
				}
			}
			Money material = materialCosts == null ? Money.ZERO : inputs.money("materialCosts", materialCosts, false);
			List<Application.PassThrough> recipients = new ArrayList<>();
			List<PassThroughLine> through = passThrough == null ? List.of() : passThrough;
			for (int i = 0; i < through.size(); i++) {
				PassThroughLine line = through.get(i);
				String prefix = "passThrough[" + i + "].";
				if (line == null) {
					inputs.error("passThrough[" + i + "]", "Leere Zeile.");
					continue;
				}
				String name = inputs.text(prefix + "recipientName", line.recipientName(), 200, true);
				if (line.recipientKind() != EmployerKind.TOWN && line.recipientKind() != EmployerKind.WELFARE_ORG) {
					inputs.error(prefix + "recipientKind", "Weitergeleitet wird an eine Gemeinde (TOWN) oder einen Träger der Freien Wohlfahrtspflege (WELFARE_ORG).");
				}
				Money amount = inputs.money(prefix + "amount", line.amount(), true);
				if (name != null && amount != null && line.recipientKind() != null) {
					recipients.add(new Application.PassThrough(name, line.recipientKind(), amount));
				}
			}
			inputs.throwIfAny();
			return new GrantInput.ApplicationContent(y, planned, material, recipients);
		}
	}

	record LineResponse(Module module, PositionKind kind, Fte fte, int months, boolean newPosition, Money amount,
			Money personnelAmount, Money equipmentAmount, String reason, List<String> rules) {
	}

	record PassThroughResponse(String recipientName, EmployerKind recipientKind, Money amount) {
	}

	record ApplicationResponse(UUID id, int version, String municipalityKey, int year, Application.Status status,
			LocalDate dueOn, boolean late, LocalDate submittedOn, List<LineResponse> positions, Money materialCosts,
			List<PassThroughResponse> passThrough, Money requestedAmount, Map<String, Money> byModule,
			String guidelineVersion, String returnReason, UUID noticeId, Instant createdAt, String createdBy) {

		static ApplicationResponse of(Application a, PlannedAmounts amounts, Notice notice, LocalDate today) {
			List<LineResponse> lines = new ArrayList<>();
			for (int i = 0; i < a.positions().size(); i++) {
				Application.PlannedPosition p = a.positions().get(i);
				PositionAmount amount = amounts.lines().get(i);
				lines.add(new LineResponse(p.module(), p.kind(), p.fte(), p.months(), p.newPosition(), amount.eligibleAmount(),
						amount.personnelAmount(), amount.equipmentAmount(), amount.reason(), amount.rules()));
			}
			boolean late = a.submittedOn() != null ? a.late() : a.lateOn(today);
			return new ApplicationResponse(a.id(), a.version(), a.municipality().value(), a.year(), a.status(), a.dueOn(),
					late, a.submittedOn(), lines, a.materialCosts(),
					a.passThrough().stream().map(t -> new PassThroughResponse(t.recipientName(), t.recipientKind(), t.amount())).toList(),
					a.requestedAmount(), GrantViews.byModule(amounts.byModule()), amounts.guidelineVersion(), a.returnReason(),
					notice == null ? null : notice.id(), a.createdAt(), a.createdBy());
		}
	}

	record NoticeResponse(UUID id, UUID applicationId, String municipalityKey, int year, String referenceNumber,
			Notice.Decision decision, LocalDate decidedOn, Money approvedAmount, Map<String, Money> byModule,
			Money computedAmount, Map<String, Money> computedByModule, String reason, String conditions,
			String guidelineVersion, String decidedBy, Money paid, Money remaining) {

		static NoticeResponse of(Notice n, Money paid) {
			return new NoticeResponse(n.id(), n.applicationId(), n.municipality().value(), n.year(), n.referenceNumber(),
					n.decision(), n.decidedOn(), n.approvedAmount(), GrantViews.byModule(n.approvedByModule()), n.computedAmount(),
					GrantViews.byModule(n.computedByModule()), n.reason(), n.conditions(), n.guidelineVersion(), n.decidedBy(), paid,
					n.approvedAmount().minus(paid));
		}
	}

	record PaymentResponse(UUID id, UUID noticeId, String municipalityKey, LocalDate on, Money amount, String recordedBy) {

		static PaymentResponse of(Notices.Payment p) {
			return new PaymentResponse(p.id(), p.noticeId(), p.municipality().value(), p.on(), p.amount(), p.recordedBy());
		}
	}
}
