package org.iomt.standards.gs1;

/** How a date field of an AI is written, and whether day 00 (a date without a day) is allowed. */
public enum DateKind {
    /** YYMMDD, a real date. */
    YYMMDD,
    /** YYMMDD where DD may be 00 (the month is given, the day is not). */
    YYMMDD_DAY_00_ALLOWED,
    /** YYYYMMDD, a real date. */
    YYYYMMDD,
    /** YYMMDDHH, a real date and hour. */
    YYMMDDHH
}
