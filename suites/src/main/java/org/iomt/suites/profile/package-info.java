/** Product profiles: claims (PICS) and how to reach the device (PIXIT), loaded, overridden and validated at start. */
package org.iomt.suites.profile;
