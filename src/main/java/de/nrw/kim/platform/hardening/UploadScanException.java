package de.nrw.kim.platform.hardening;

/** An upload refused by the virus scan: infected (422) or not checkable because the scanner is down (503). */
public abstract sealed class UploadScanException extends RuntimeException {

	UploadScanException(String message, Throwable cause) {
		super(message, cause);
	}

	public abstract int status();

	public abstract String slug();

	public abstract String messageKey();

	/** The scanner found a virus. */
	public static final class Infected extends UploadScanException {

		Infected(String signature) {
			super("Die Datei enthält Schadsoftware (" + signature + ") und wurde nicht gespeichert.", null);
		}

		@Override
		public int status() {
			return 422;
		}

		@Override
		public String slug() {
			return "virus-found";
		}

		@Override
		public String messageKey() {
			return "error.virusFound";
		}
	}

	/** The scanner is configured but did not answer: fail closed. */
	public static final class Unavailable extends UploadScanException {

		Unavailable(Throwable cause) {
			super("Die Virenprüfung ist gerade nicht erreichbar. Die Datei wurde nicht gespeichert; "
					+ "bitte später noch einmal versuchen.", cause);
		}

		@Override
		public int status() {
			return 503;
		}

		@Override
		public String slug() {
			return "virus-scan-unavailable";
		}

		@Override
		public String messageKey() {
			return "error.virusScanUnavailable";
		}
	}
}
