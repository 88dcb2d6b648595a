package de.nrw.kim.client.internal;

import de.nrw.kim.client.ClientTransferStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The person moves with the same id; a tombstone without personal data stays behind (V36). */
@Configuration(proxyBeanMethods = false)
class ClientTransferSteps {

	@Bean
	ClientTransferStep clientTransferStep() {
		return new ClientTransferStep("client", "kim_transfer_step_client");
	}
}
