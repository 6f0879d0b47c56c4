package org.l2tpdoctor.options;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "10s", "2m", "1h30m", or plain seconds, as RouterOS writes durations. */
public final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.matches("\\d+")) {
                return Duration.ofSeconds(Long.parseLong(v));
            }
            Duration d = Duration.parse("PT" + v.toUpperCase(Locale.ROOT));
            if (d.isNegative() || d.isZero()) {
                throw new TypeConversionException("'" + value + "' must be longer than zero");
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a duration such as 10s, 2m or 1h30m");
        }
    }
}
