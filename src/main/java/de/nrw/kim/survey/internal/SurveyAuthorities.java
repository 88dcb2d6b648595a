package de.nrw.kim.survey.internal;

/** Who may do what with surveys, written once for {@code @PreAuthorize}. */
public final class SurveyAuthorities {

	public static final String MINISTRY = "hasRole('MINISTRY_ANALYST')";
	public static final String ANSWER = "hasRole('COORDINATOR')";
	public static final String READ = "hasAnyRole('MINISTRY_ANALYST','COORDINATOR')";

	private SurveyAuthorities() {
	}
}
