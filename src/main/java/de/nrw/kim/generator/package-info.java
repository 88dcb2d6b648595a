/**
 * Generator (Lastdaten): fills an empty database with realistic synthetic statewide data for the
 * benchmark ({@code java -jar kim.jar generate --clients=N --seed=S}). A bulk loader: it writes the
 * tables of every module with COPY as the database owner, computes the client module's search keys
 * through {@link de.nrw.kim.client.NameSearchKeys} and lets reporting recompute its figures through
 * {@link de.nrw.kim.reporting.StatisticsBackfill} (ADR 0801, 0802). Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Generator",
		allowedDependencies = { "platform", "client", "reporting" })
package de.nrw.kim.generator;
