package io.atqb.qbxml;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The qbXML number types the purchase-order records carry: QUANTYPE and PRICETYPE hold up to 10 integer digits
 * and up to 5 decimals. The records refuse values outside that; {@link #price(BigDecimal)} rounds a cost that
 * comes with more decimals (e.g. a double from Autotask) to what QuickBooks keeps.
 */
public final class QbxmlNumbers {

    /** Integer digits QUANTYPE / PRICETYPE allow. */
    public static final int INTEGER_DIGITS = 10;
    /** Decimals QUANTYPE / PRICETYPE allow. */
    public static final int DECIMALS = 5;

    private QbxmlNumbers() {
    }

    /** A unit price or cost rounded (half up) to the 5 decimals of PRICETYPE; null stays null. */
    public static BigDecimal price(BigDecimal value) {
        return value == null ? null : value.setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Checks a QUANTYPE / PRICETYPE value (null allowed) and returns it. */
    static BigDecimal checked(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int decimals = Math.max(stripped.scale(), 0);
        int integerDigits = stripped.precision() - stripped.scale();
        if (decimals > DECIMALS) {
            throw new IllegalArgumentException(field + " has " + decimals + " decimals, qbXML allows at most "
                    + DECIMALS + ": " + value.toPlainString());
        }
        if (integerDigits > INTEGER_DIGITS) {
            throw new IllegalArgumentException(field + " has " + integerDigits + " integer digits, qbXML allows at "
                    + "most " + INTEGER_DIGITS + ": " + value.toPlainString());
        }
        return value;
    }

    /** A required QUANTYPE / PRICETYPE value. */
    static BigDecimal required(String field, BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return checked(field, value);
    }

    /** QUANTYPE / PRICETYPE as written: plain, without exponent or needless trailing zeros (40, 2.5, -3). */
    static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
