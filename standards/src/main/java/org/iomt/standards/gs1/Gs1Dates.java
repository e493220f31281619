package org.iomt.standards.gs1;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Date fields of GS1 AIs. A two-digit year is placed in the century that puts it nearest to the current
 * year: up to 49 years ahead or 50 years back (the GS1 sliding window).
 */
public final class Gs1Dates {
    private Gs1Dates() {
    }

    /** The four-digit year for a two-digit year, by the sliding window around the given reference year. */
    public static int fullYear(int yy, int referenceYear) {
        int century = referenceYear / 100 * 100;
        int diff = yy - referenceYear % 100;
        if (diff >= 51) {
            century -= 100;
        } else if (diff <= -50) {
            century += 100;
        }
        return century + yy;
    }

    /**
     * The ISO form of a YYMMDD field: "2025-12-31", or "2025-12" when the day is 00 and
     * {@code day00Allowed}; empty when the field is not a real date (or day 00 is not allowed).
     */
    public static Optional<String> isoDate(String yymmdd, boolean day00Allowed) {
        if (yymmdd == null || yymmdd.length() != 6 || !Gs1CheckDigit.allDigits(yymmdd)) {
            return Optional.empty();
        }
        int year = fullYear(Integer.parseInt(yymmdd.substring(0, 2)), Year.now().getValue());
        return isoDate(year, Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)),
                day00Allowed);
    }

    /** The ISO form of a YYYYMMDD field, empty when it is not a real date. */
    public static Optional<String> isoDate8(String yyyymmdd) {
        if (yyyymmdd == null || yyyymmdd.length() != 8 || !Gs1CheckDigit.allDigits(yyyymmdd)) {
            return Optional.empty();
        }
        return isoDate(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                Integer.parseInt(yyyymmdd.substring(6, 8)), false);
    }

    static Optional<String> isoDate(int year, int month, int day, boolean day00Allowed) {
        try {
            if (day == 0 && day00Allowed) {
                return Optional.of(YearMonth.of(year, month).toString());
            }
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
