package de.nrw.kim.platform;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The municipality whose rows the current thread may touch. It comes from the authenticated user;
 * jobs and the demo loader that act for a municipality set it explicitly with {@link #callAs}. The
 * database connection carries it into PostgreSQL (setting {@code kim.municipality_id}), where
 * Row-Level Security enforces it a second time. The connection takes the tenant when a transaction
 * begins, so {@link #callAs} must wrap a transaction, never run inside one for another tenant.
 */
public final class TenantContext {

	private static final ThreadLocal<MunicipalityKey> OVERRIDE = new ThreadLocal<>();
	private static final ThreadLocal<Boolean> NONE = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<MunicipalityKey> current() {
		if (Boolean.TRUE.equals(NONE.get())) {
			return Optional.empty();
		}
		MunicipalityKey key = OVERRIDE.get();
		if (key != null) {
			return Optional.of(key);
		}
		return CurrentUser.find().map(CurrentUser::municipality);
	}

	public static <T> T callAs(MunicipalityKey key, Callable<T> work) {
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()
				&& !current().equals(java.util.Optional.of(key))) {
			throw new IllegalStateException("Mandantenwechsel innerhalb einer Transaktion");
		}
		MunicipalityKey previous = OVERRIDE.get();
		Boolean previousNone = NONE.get();
		OVERRIDE.set(key);
		NONE.remove();
		try {
			return work.call();
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		} finally {
			restore(previous, previousNone);
		}
	}

	public static void runAs(MunicipalityKey key, Runnable work) {
		callAs(key, () -> {
			work.run();
			return null;
		});
	}

	/** Runs without any tenant: Row-Level Security then shows no tenant row at all. */
	public static <T> T callWithoutTenant(Callable<T> work) {
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()
				&& current().isPresent()) {
			throw new IllegalStateException("Mandantenwechsel innerhalb einer Transaktion");
		}
		MunicipalityKey previous = OVERRIDE.get();
		Boolean previousNone = NONE.get();
		OVERRIDE.remove();
		NONE.set(true);
		try {
			return work.call();
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		} finally {
			restore(previous, previousNone);
		}
	}

	private static void restore(MunicipalityKey previous, Boolean previousNone) {
		if (previous == null) {
			OVERRIDE.remove();
		} else {
			OVERRIDE.set(previous);
		}
		if (previousNone == null) {
			NONE.remove();
		} else {
			NONE.set(previousNone);
		}
	}
}
