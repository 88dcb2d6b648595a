package de.nrw.kim.platform.security;

import java.time.Duration;
import java.util.List;

import de.nrw.kim.platform.Municipalities;
import de.nrw.kim.platform.ProblemType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestTemplate;

/**
 * Login through the municipality's identity provider, on when {@code kim.security.oidc.issuer-uri} is
 * set: people log in in the browser with the authorization code flow; other systems call the API with
 * a bearer token (JWT) that must come from that issuer, name our audience and not be expired. The
 * local login stays available (e.g. for an emergency administrator account).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${kim.security.oidc.issuer-uri:}'.isBlank()")
@EnableConfigurationProperties(OidcProperties.class)
class OidcConfiguration {

	static final String REGISTRATION = "kim";
	/** RFC 6750 error descriptions must be ASCII: the German text goes into the problem body instead. */
	static final String NO_ACCESS_CODE = "No KIM role or unknown municipality";

	@Bean
	ClaimMapping claimMapping(OidcProperties properties, Municipalities municipalities) {
		return new ClaimMapping(properties, municipalities);
	}

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(OidcProperties properties) {
		if (!StringUtils.hasText(properties.clientId())) {
			throw new IllegalStateException("kim.security.oidc.client-id fehlt (Client der Plattform beim Identitätsanbieter).");
		}
		ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
				.registrationId(REGISTRATION).clientId(properties.clientId()).clientSecret(properties.clientSecret())
				.scope("openid", "profile").build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	/**
	 * Built on the first bearer token, not at start: the provider's keys are fetched then (with
	 * generous timeouts), so a slow or briefly unreachable provider does not stop the application.
	 */
	@Bean
	JwtDecoder jwtDecoder(OidcProperties properties) {
		SingletonSupplier<JwtDecoder> decoder = SingletonSupplier.of(() -> {
			SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
			requests.setConnectTimeout(Duration.ofSeconds(10));
			requests.setReadTimeout(Duration.ofSeconds(10));
			NimbusJwtDecoder nimbus = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri())
					.restOperations(new RestTemplate(requests)).build();
			String audience = properties.audience();
			nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
					JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
					new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience))));
			return nimbus;
		});
		return token -> decoder.obtain().decode(token);
	}

	@Bean
	OidcLogin oidcLogin(ClaimMapping mapping, JwtDecoder decoder) {
		return new OidcLogin(mapping, decoder);
	}

	/** Adds the browser login and the bearer tokens to the one security filter chain. */
	static final class OidcLogin {

		private final ClaimMapping mapping;
		private final JwtDecoder decoder;

		OidcLogin(ClaimMapping mapping, JwtDecoder decoder) {
			this.mapping = mapping;
			this.decoder = decoder;
		}

		void apply(HttpSecurity http) throws Exception {
			http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/", true)
					.userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService()))
					.failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?oidcError")));
			http.oauth2ResourceServer(server -> server
					.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(token -> mapping.user(token.getClaims())
							.map(user -> UsernamePasswordAuthenticationToken.authenticated(new OidcPrincipals.TokenUser(user),
									null, OidcPrincipals.authorities(user)))
							.orElseThrow(() -> new InvalidBearerTokenException(NO_ACCESS_CODE))))
					.authenticationEntryPoint((request, response, e) -> {
						response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
						ProblemResponses.write(response, HttpStatus.UNAUTHORIZED.value(), ProblemType.UNAUTHENTICATED,
								"Nicht angemeldet", noAccess(e) ? ClaimMapping.NO_ACCESS
										: "Das Zugriffstoken ist ungültig, abgelaufen oder nicht für die KIM-Plattform ausgestellt.");
					}));
		}

		private static boolean noAccess(Throwable e) {
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				if (cause instanceof OAuth2AuthenticationException oauth
						&& NO_ACCESS_CODE.equals(oauth.getError().getDescription())
						|| NO_ACCESS_CODE.equals(cause.getMessage())) {
					return true;
				}
			}
			return false;
		}

		private OAuth2UserService<OidcUserRequest, OidcUser> userService() {
			OidcUserService standard = new OidcUserService();
			return request -> {
				OidcUser user = standard.loadUser(request);
				return mapping.user(user.getClaims())
						.<OidcUser>map(current -> new OidcPrincipals.BrowserUser(current, user.getIdToken(), user.getUserInfo()))
						.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("kim_no_access", ClaimMapping.NO_ACCESS, null)));
			};
		}
	}
}
