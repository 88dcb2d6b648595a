package de.nrw.kim.cooperation;

/** Where a referral stands: sent, then answered by the partner, or withdrawn by the case manager. */
public enum ReferralStatus {
	SENT, ACCEPTED, DECLINED, COMPLETED, WITHDRAWN;

	public boolean isOpen() {
		return this == SENT || this == ACCEPTED;
	}
}
