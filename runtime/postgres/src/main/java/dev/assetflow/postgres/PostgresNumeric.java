package dev.assetflow.postgres;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * PostgreSQL's binary {@code numeric} format: {@code ndigits, weight, sign, dscale} as 16-bit integers,
 * then {@code ndigits} base-10000 digits, most significant first. The value is
 * {@code sum(digit[i] * 10000^(weight - i))}, shown with {@code dscale} decimal places.
 */
final class PostgresNumeric {

    static final int POSITIVE = 0x0000;
    static final int NEGATIVE = 0x4000;
    static final int NAN = 0xC000;
    static final int POSITIVE_INFINITY = 0xD000;
    static final int NEGATIVE_INFINITY = 0xF000;

    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1000};

    /** A numeric in wire form, digits most significant first. */
    record Encoded(int weight, int sign, int displayScale, short[] digits) {
    }

    private PostgresNumeric() {
    }

    static Encoded encode(BigDecimal value) {
        BigDecimal nonNegativeScale = value.scale() < 0 ? value.setScale(0) : value;
        int scale = nonNegativeScale.scale();
        int sign = nonNegativeScale.signum() < 0 ? NEGATIVE : POSITIVE;
        BigInteger unscaled = nonNegativeScale.unscaledValue().abs();
        // Align the fraction to whole base-10000 digits: scale becomes a multiple of 4.
        int pad = (4 - scale % 4) % 4;
        if (pad > 0) {
            unscaled = unscaled.multiply(BigInteger.valueOf(POWERS_OF_TEN[pad]));
        }
        int fractionDigits = (scale + pad) / 4;
        short[] reversed = unscaled.bitLength() < 63 ? digitsOf(unscaled.longValue()) : digitsOf(unscaled);
        int count = reversed.length;
        if (count == 0) {
            return new Encoded(0, POSITIVE, scale, new short[0]);
        }
        int weight = count - 1 - fractionDigits;
        int trailingZeros = 0;
        while (reversed[trailingZeros] == 0) {
            trailingZeros++;
        }
        short[] digits = new short[count - trailingZeros];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = reversed[count - 1 - i];
        }
        return new Encoded(weight, sign, scale, digits);
    }

    /** Base-10000 digits, least significant first, no leading zeros; none for 0. */
    private static short[] digitsOf(long value) {
        short[] digits = new short[5];
        int count = 0;
        while (value != 0) {
            digits[count++] = (short) (value % 10_000);
            value /= 10_000;
        }
        return java.util.Arrays.copyOf(digits, count);
    }

    private static short[] digitsOf(BigInteger value) {
        short[] digits = new short[value.toString().length() / 4 + 1];
        int count = 0;
        while (value.signum() != 0) {
            BigInteger[] quotientAndRemainder = value.divideAndRemainder(TEN_THOUSAND);
            digits[count++] = quotientAndRemainder[1].shortValue();
            value = quotientAndRemainder[0];
        }
        return java.util.Arrays.copyOf(digits, count);
    }

    /**
     * Decodes a numeric from its wire parts.
     *
     * @throws ArithmeticException for NaN and the infinities, which {@link BigDecimal} cannot hold
     */
    static BigDecimal decode(int weight, int sign, int displayScale, short[] digits) {
        if (sign != POSITIVE && sign != NEGATIVE) {
            throw new ArithmeticException(sign == NAN ? "NaN" : "Infinity");
        }
        if (digits.length == 0) {
            return BigDecimal.ZERO.setScale(displayScale);
        }
        BigInteger unscaled;
        if (digits.length <= 4) {
            long value = 0;
            for (short digit : digits) {
                value = value * 10_000 + digit;
            }
            unscaled = BigInteger.valueOf(value);
        } else {
            StringBuilder text = new StringBuilder(digits.length * 4);
            for (short digit : digits) {
                String part = Integer.toString(digit);
                text.append("0000", part.length(), 4).append(part);
            }
            unscaled = new BigInteger(text.toString());
        }
        // unscaled holds digits[0..n) where digits[0] has weight `weight`: its last digit has weight
        // weight - n + 1, i.e. a decimal scale of 4 * (n - 1 - weight).
        BigDecimal value = new BigDecimal(unscaled, 4 * (digits.length - 1 - weight));
        if (sign == NEGATIVE) {
            value = value.negate();
        }
        return value.setScale(displayScale, java.math.RoundingMode.UNNECESSARY);
    }
}
