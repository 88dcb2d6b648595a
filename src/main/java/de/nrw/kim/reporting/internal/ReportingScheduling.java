package de.nrw.kim.reporting.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The refresh job needs scheduling; enabling it twice (other modules do too) is harmless. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportingScheduling {
}
