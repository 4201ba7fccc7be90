package dev.supportcoach.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/** ISO-8601 week labels in UTC. */
final class Weeks {
    private Weeks() {
    }

    /** {@code 2026-W09} for an instant in that ISO week (UTC), or {@code null}. */
    static String of(Instant at) {
        if (at == null) {
            return null;
        }
        ZonedDateTime t = at.atZone(ZoneOffset.UTC);
        return String.format("%04d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
