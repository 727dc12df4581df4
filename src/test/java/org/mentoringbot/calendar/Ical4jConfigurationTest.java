package org.mentoringbot.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

/** Guards src/main/resources/ical4j.properties, which keeps ical4j offline and quiet. */
class Ical4jConfigurationTest {

    @Test
    void timeZoneUpdatesFromTheInternetAreOff() {
        assertEquals(Optional.of("false"),
                Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled"));
    }

    @Test
    void timeZoneCacheNeedsNoJcacheProvider() {
        assertEquals(Optional.of("net.fortuna.ical4j.util.MapTimeZoneCache"),
                Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl"));
    }
}
