package org.ministerial.calibration;

/**
 * A calibration cannot go on for a reason the user can fix (not a bug): for instance, no run of the prior reports
 * a target's measure. The message is meant for the user as it stands.
 */
public final class CalibrationException extends Exception {
    private static final long serialVersionUID = 1L;

    public CalibrationException(String message) {
        super(message);
    }
}
