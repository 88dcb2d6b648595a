package de.nrw.kim.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What the login form sends besides name and password: the one-time code of the second factor. */
class LoginDetails extends WebAuthenticationDetails {

	private static final long serialVersionUID = 1L;

	private final transient String oneTimeCode;

	LoginDetails(HttpServletRequest request) {
		super(request);
		this.oneTimeCode = request.getParameter("code");
	}

	String oneTimeCode() {
		return oneTimeCode;
	}

	static AuthenticationDetailsSource<HttpServletRequest, LoginDetails> source() {
		return LoginDetails::new;
	}
}
