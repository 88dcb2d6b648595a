package de.nrw.kim.client;

/**
 * How a module that holds rows of a client joins the transfer of that client to another municipality
 * (ADR 0409): its migration registers a database function in {@code client_transfer_step} that moves
 * only the module's own tables, and the module declares it with a bean of this type. Accepting a
 * transfer refuses to run while the registered functions and the declared beans differ.
 *
 * @param module   the module whose tables the step moves (Spring Modulith name)
 * @param function the registered database function, {@code kim_transfer_step_<module>}
 */
public record ClientTransferStep(String module, String function) {
}
