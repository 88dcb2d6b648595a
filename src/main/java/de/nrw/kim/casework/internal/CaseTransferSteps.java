package de.nrw.kim.casework.internal;

import de.nrw.kim.client.ClientTransferStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A transfer opens the new case with the open goals, open follow-ups and documents and closes the old
 * one with {@code TRANSFERRED} (V36, ADR 0409).
 */
@Configuration(proxyBeanMethods = false)
class CaseTransferSteps {

	@Bean
	ClientTransferStep caseworkTransferStep() {
		return new ClientTransferStep("casework", "kim_transfer_step_casework");
	}
}
