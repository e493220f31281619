/** Product profiles: claims (PICS) and how to reach the device (PIXIT), loaded, overridden and validated at start, with the keys every class shares. */
package org.iomt.core.profile;
