package de.nrw.kim.generator.internal;

import java.util.List;

/** The rows of one municipality, table by table in the order their foreign keys need. */
final class Batch {

	final CopyTable organisations = new CopyTable("organisation", "municipality_id, id, name, kind");
	final CopyTable users = new CopyTable("app_user",
			"id, username, password_hash, display_name, email, roles, municipality_id, organisation_id");
	final CopyTable partners = new CopyTable("partner",
			"municipality_id, id, name, type, legal_domains, status, city, proposed_by, confirmed_by");
	final CopyTable clients = new CopyTable("client", "municipality_id, id, organisation_id, given_name, family_name, "
			+ "original_script_name, birth_date, gender, nationalities, languages, arrival_date, phone, email, search_names, "
			+ "phonetic_codes, created_at, created_by, updated_at");
	final CopyTable residence = new CopyTable("residence_status", "municipality_id, id, client_id, type, valid_from, "
			+ "valid_until, issuing_office, created_at, created_by, updated_at, updated_by");
	final CopyTable residenceRevisions = new CopyTable("residence_status_revision", "municipality_id, status_id, revision, "
			+ "change, type, valid_from, valid_until, issuing_office, may_overlap, changed_at, changed_by");
	final CopyTable cases = new CopyTable("case_file", "municipality_id, id, client_id, organisation_id, case_manager, "
			+ "case_manager_name, phase, team_shared, opened_on, closed_on, closure_reason, created_at, updated_at");
	final CopyTable phaseChanges = new CopyTable("case_phase_change",
			"municipality_id, case_id, seq, from_phase, to_phase, changed_on, changed_at, changed_by");
	final CopyTable assessments = new CopyTable("case_assessment",
			"municipality_id, id, case_id, assessed_on, assessed_at, assessed_by");
	final CopyTable assessmentDomains = new CopyTable("case_assessment_domain",
			"municipality_id, assessment_id, domain, need, note");
	final CopyTable goals = new CopyTable("case_goal", "municipality_id, id, case_id, domain, title, due_on, status, "
			+ "created_at, created_by, status_changed_at, status_changed_by");
	final CopyTable contacts = new CopyTable("case_contact", "municipality_id, id, case_id, contact_on, mode, minutes, "
			+ "interpreter, note, recorded_at, recorded_by");
	final CopyTable followUps = new CopyTable("case_follow_up", "municipality_id, id, case_id, due_on, title, assigned_to, "
			+ "done, done_at, done_by, created_at, created_by");
	final CopyTable consents = new CopyTable("consent", "municipality_id, id, client_id, partner_ids, municipality_keys, "
			+ "data_categories, purpose, form, given_on, valid_until, created_at, created_by");
	final CopyTable referrals = new CopyTable("referral", "municipality_id, id, case_id, client_id, partner_id, consent_id, "
			+ "legal_domain, life_domain, data_categories, status, decline_reason, sent_on, sent_at, sent_by, answered_at, "
			+ "updated_at, updated_by");
	final CopyTable referralContents = new CopyTable("referral_content",
			"municipality_id, referral_id, note, disclosed, outcome");

	final String municipality;

	Batch(String municipality) {
		this.municipality = municipality;
	}

	List<CopyTable> inLoadOrder() {
		return List.of(organisations, users, partners, clients, residence, residenceRevisions, cases, phaseChanges,
				assessments, assessmentDomains, goals, contacts, followUps, consents, referrals, referralContents);
	}
}
