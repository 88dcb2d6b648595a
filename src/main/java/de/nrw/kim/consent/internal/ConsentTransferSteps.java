package de.nrw.kim.consent.internal;

import de.nrw.kim.client.ClientTransferStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consents (with scans) and the client's transmission register go along as copies; the sending
 * municipality keeps its own as proof of its earlier disclosures (V36, ADR 0409).
 */
@Configuration(proxyBeanMethods = false)
class ConsentTransferSteps {

	@Bean
	ClientTransferStep consentTransferStep() {
		return new ClientTransferStep("consent", "kim_transfer_step_consent");
	}
}
