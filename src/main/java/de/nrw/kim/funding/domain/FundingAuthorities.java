package de.nrw.kim.funding.domain;

/** Who may do what in funding, written once for {@code @PreAuthorize}. Case managers reach none of it. */
public final class FundingAuthorities {

	/** read positions, figures, guidelines, applications: the own municipality or, state-level, all */
	public static final String READ = "hasAnyRole('COORDINATOR','GRANT_OFFICER','MINISTRY_ANALYST')";
	/** keep the own municipality's register and applications */
	public static final String COORDINATOR = "hasRole('COORDINATOR')";
	/** the grant authority (Bewilligungsbehörde) */
	public static final String GRANT_OFFICER = "hasRole('GRANT_OFFICER')";
	/** the ministry */
	public static final String MINISTRY = "hasRole('MINISTRY_ANALYST')";
	public static final String STATE_LEVEL = "hasAnyRole('GRANT_OFFICER','MINISTRY_ANALYST')";
	/** compute a proof of use: the municipality for itself, the grant authority for any */
	public static final String PROOF = "hasAnyRole('COORDINATOR','GRANT_OFFICER','MINISTRY_ANALYST')";

	private FundingAuthorities() {
	}
}
