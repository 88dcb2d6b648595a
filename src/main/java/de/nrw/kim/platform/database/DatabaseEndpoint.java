package de.nrw.kim.platform.database;

/** Where the database is and how the owner (who runs the migrations) logs in. */
record DatabaseEndpoint(String jdbcUrl, String ownerUsername, String ownerPassword, boolean embedded) {
}
