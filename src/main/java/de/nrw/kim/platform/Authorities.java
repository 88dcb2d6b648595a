package de.nrw.kim.platform;

/** Authorisation expressions, written once, for {@code @PreAuthorize} at the service boundary. */
public final class Authorities {

	public static final String CASE_WORK = "hasRole('CASE_MANAGER')";
	public static final String CLIENT_DATA = "hasAnyRole('CASE_MANAGER','IMMIGRATION_OFFICER')";
	public static final String MUNICIPAL_ADMIN = "hasRole('MUNICIPAL_ADMIN')";
	public static final String COORDINATION = "hasRole('COORDINATOR')";
	public static final String STATE_LEVEL = "hasAnyRole('GRANT_OFFICER','MINISTRY_ANALYST')";
	public static final String AUTHENTICATED = "isAuthenticated()";

	private Authorities() {
	}
}
