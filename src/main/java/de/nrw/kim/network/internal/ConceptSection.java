package de.nrw.kim.network.internal;

import java.util.UUID;

/** A text section of the KIM concept's steering structure (e.g. "Lenkungsgruppe", "Koordinierungsstelle"). */
public record ConceptSection(UUID id, int position, String title, String body, int version) {
}
