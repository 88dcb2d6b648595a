package de.nrw.kim.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the OpenAPI document at {@code /v3/api-docs} and declares how callers authenticate, so
 * Swagger UI can "try it out" with a demo user (HTTP Basic) or a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI kimOpenApi() {
		return new OpenAPI()
				.info(new Info().title("KIM-Plattform – REST-API").version("v1")
						.description("Kommunales Integrationsmanagement NRW. Fehler als application/problem+json (RFC 9457)."))
				.components(new Components()
						.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
								.description("Demo-Profil: Demo-Benutzer mit Passwort kim-demo"))
						.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
								.bearerFormat("JWT").description("Produktion: OIDC-Zugriffstoken")))
				.addSecurityItem(new SecurityRequirement().addList("basic"))
				.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
