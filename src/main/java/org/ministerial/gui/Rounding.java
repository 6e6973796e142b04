package org.ministerial.gui;

/**
 * Numbers as the inspectors show them: to three decimals. Positions, saliences and utilities live in [0,1], where a
 * thousandth is finer than anything the model's inputs can tell apart, and seventeen digits only hide the value.
 */
final class Rounding {
    private Rounding() {
    }

    /** The value rounded half up to three decimals; NaN and infinities as they are. */
    static double threeDecimals(double value) {
        if (!Double.isFinite(value)) return value;
        return Math.round(value * 1000) / 1000.0;
    }
}
