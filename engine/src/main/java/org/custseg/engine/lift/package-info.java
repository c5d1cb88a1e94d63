/**
 * Holdout (control) groups that stay the same across scheduled runs ({@link org.custseg.engine.lift.Holdout}) and
 * the read-out of a campaign's incremental response ({@link org.custseg.engine.lift.CampaignLift}).
 */
package org.custseg.engine.lift;
