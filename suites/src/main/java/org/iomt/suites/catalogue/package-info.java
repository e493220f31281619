/** The requirement catalogue: one CSV row per normative statement, read from {@code features/requirements/}. */
package org.iomt.suites.catalogue;
