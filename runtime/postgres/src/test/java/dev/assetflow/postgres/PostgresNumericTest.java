package dev.assetflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The numeric wire format without a server; {@code PostgresIOManagerTest} checks it against PostgreSQL's text. */
class PostgresNumericTest {

    @Test
    void encodesBase10000DigitsAlignedAtTheDecimalPoint() {
        PostgresNumeric.Encoded encoded = PostgresNumeric.encode(new BigDecimal("-12345.670"));

        assertThat(encoded.weight()).isEqualTo(1);
        assertThat(encoded.sign()).isEqualTo(PostgresNumeric.NEGATIVE);
        assertThat(encoded.displayScale()).isEqualTo(3);
        assertThat(encoded.digits()).containsExactly((short) 1, (short) 2345, (short) 6700);
    }

    @Test
    void dropsTrailingZeroDigitsAndEncodesZeroWithoutDigits() {
        assertThat(PostgresNumeric.encode(new BigDecimal("100000000")).digits()).containsExactly((short) 1);
        assertThat(PostgresNumeric.encode(new BigDecimal("100000000")).weight()).isEqualTo(2);
        assertThat(PostgresNumeric.encode(new BigDecimal("0.00")).digits()).isEmpty();
        assertThat(PostgresNumeric.encode(new BigDecimal("0.00")).displayScale()).isEqualTo(2);
        assertThat(PostgresNumeric.encode(new BigDecimal("1E+5")).displayScale()).isZero();
    }

    @Test
    void decodesWhatItEncodesForRandomValuesOfEverySize() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(400), random);
            if (random.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            BigDecimal value = new BigDecimal(unscaled, random.nextInt(60));
            PostgresNumeric.Encoded encoded = PostgresNumeric.encode(value);

            BigDecimal decoded = PostgresNumeric.decode(encoded.weight(), encoded.sign(), encoded.displayScale(),
                    encoded.digits());

            assertThat(decoded).as("round trip of %s", value).isEqualTo(value);
            for (short digit : encoded.digits()) {
                assertThat((int) digit).isBetween(0, 9999);
            }
        }
    }
}
