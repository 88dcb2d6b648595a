package de.nrw.kim.platform.demo;

import java.util.EnumSet;
import java.util.Set;

import de.nrw.kim.platform.MunicipalityKey;
import de.nrw.kim.platform.Organisation;
import de.nrw.kim.platform.Organisations;
import de.nrw.kim.platform.Role;
import de.nrw.kim.platform.TenantContext;
import de.nrw.kim.platform.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo users of API.md (password {@code kim-demo}) and their organisations in Köln and Münster,
 * created on the first start of the demo profile only. Runs before the business modules' demo data.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "kim.demo.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner {

	static final String PASSWORD = "kim-demo";
	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
	private static final MunicipalityKey KOELN = MunicipalityKey.of("05315");
	private static final MunicipalityKey MUENSTER = MunicipalityKey.of("05515");
	private static final String PARTNER_USER = "partner.jobcenter.koeln";
	private static final String PARTNER_NAME = "Stefan Krause (Jobcenter Köln)";

	private final UserAccounts accounts;
	private final Organisations organisations;
	private final PasswordEncoder encoder;
	private final TransactionTemplate transactions;

	DemoUsers(UserAccounts accounts, Organisations organisations, PasswordEncoder encoder,
			TransactionTemplate transactions) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.encoder = encoder;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.exists("cm.koeln")) {
			if (!accounts.exists(PARTNER_USER)) {
				// demo databases from before the cooperation module get the partner account too
				TenantContext.runAs(KOELN, () -> transactions.executeWithoutResult(
						status -> user(PARTNER_USER, PARTNER_NAME, encoder.encode(PASSWORD), Role.PARTNER, KOELN, null)));
			}
			return;
		}
		String hash = encoder.encode(PASSWORD);
		TenantContext.runAs(KOELN, () -> transactions.executeWithoutResult(status -> {
				Organisation ki = organisations.create("Stadt Köln – Kommunales Integrationszentrum", Organisation.Kind.MUNICIPAL_OFFICE);
				Organisation caritas = organisations.create("Caritasverband für die Stadt Köln e. V.", Organisation.Kind.WELFARE_ORG);
				Organisation abh = organisations.create("Stadt Köln – Ausländerbehörde", Organisation.Kind.MUNICIPAL_OFFICE);
				user("cm.koeln", "Katharina Schneider", hash, Role.CASE_MANAGER, KOELN, ki);
				user("cm2.koeln", "Yusuf Demir", hash, Role.CASE_MANAGER, KOELN, ki);
				user("cm.caritas.koeln", "Olena Kovalenko", hash, Role.CASE_MANAGER, KOELN, caritas);
				user("koord.koeln", "Martin Becker", hash, Role.COORDINATOR, KOELN, ki);
				user("abh.koeln", "Sabine Wagner", hash, Role.IMMIGRATION_OFFICER, KOELN, abh);
				user("admin.koeln", "Thomas Hoffmann", hash, Role.MUNICIPAL_ADMIN, KOELN, ki);
				// staff of the partner "Jobcenter Köln" (no KIM organisation; linked to the partner by the partner module)
				user(PARTNER_USER, PARTNER_NAME, hash, Role.PARTNER, KOELN, null);
		}));
		TenantContext.runAs(MUENSTER, () -> transactions.executeWithoutResult(status -> {
				Organisation sozialamt = organisations.create("Stadt Münster – Sozialamt", Organisation.Kind.MUNICIPAL_OFFICE);
				user("cm.muenster", "Lea Brinkmann", hash, Role.CASE_MANAGER, MUENSTER, sozialamt);
				user("koord.muenster", "Jan Terhorst", hash, Role.COORDINATOR, MUENSTER, sozialamt);
				user("admin.muenster", "Anna Kemper", hash, Role.MUNICIPAL_ADMIN, MUENSTER, sozialamt);
		}));
		TenantContext.callWithoutTenant(() -> transactions.execute(status -> {
			user("bewilligung", "Petra Vogt (Bezirksregierung Arnsberg)", hash, Role.GRANT_OFFICER, null, null);
			user("land", "Dr. Michael Krüger (MKJFGFI)", hash, Role.MINISTRY_ANALYST, null, null);
			return null;
		}));
		log.info("Demo-Benutzer angelegt (Passwort: {})", PASSWORD);
	}

	private void user(String username, String name, String hash, Role role, MunicipalityKey municipality,
			Organisation organisation) {
		Set<Role> roles = EnumSet.of(role);
		accounts.create(username, hash, name, roles, municipality, organisation == null ? null : organisation.id());
	}
}
