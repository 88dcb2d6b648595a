package de.nrw.kim.client;

import java.util.List;
import java.util.UUID;

/**
 * What statistics may know of a client: birth year (never the full date), gender and nationalities
 * (ISO 3166 alpha-3) — no name, no contact data.
 */
public record ClientProfile(UUID id, Integer birthYear, String gender, List<String> nationalities) {
}
