package org.mentoringbot.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;

/**
 * Stores every {@link Instant} as UTC epoch milliseconds. sqlite-jdbc writes timestamps as
 * milliseconds but EclipseLink reads them back as seconds, and zone-dependent types shift with
 * the JVM's zone; a plain number means the same on SQLite and PostgreSQL.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Long> {
    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    @Override
    public Instant convertToEntityAttribute(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
