package de.nrw.kim.residence.internal;

import de.nrw.kim.client.ClientTransferStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Residence statuses with their history, the facts for perspective hints, the hints and legal-domain
 * changes move with the client; reminders addressed to people of the sending municipality are dropped
 * (V36, ADR 0409).
 */
@Configuration(proxyBeanMethods = false)
class ResidenceTransferSteps {

	@Bean
	ClientTransferStep residenceTransferStep() {
		return new ClientTransferStep("residence", "kim_transfer_step_residence");
	}
}
