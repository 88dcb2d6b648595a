package de.nrw.kim.platform;

/** The roles of the platform (API.md "Demo users"). State-level roles have no municipality. */
public enum Role {
	CASE_MANAGER(false),
	COORDINATOR(false),
	IMMIGRATION_OFFICER(false),
	MUNICIPAL_ADMIN(false),
	PARTNER(false),
	GRANT_OFFICER(true),
	MINISTRY_ANALYST(true),
	SYSTEM_ADMIN(true);

	private final boolean stateLevel;

	Role(boolean stateLevel) {
		this.stateLevel = stateLevel;
	}

	public boolean isStateLevel() {
		return stateLevel;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
