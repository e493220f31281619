/** The requirement catalogue: one CSV row per normative statement, read from {@code features/requirements/}, and the scope of rows a device class is held to. */
package org.iomt.core.catalogue;
