/**
 * Platform: tenancy (the 54 municipalities and their regions, organisations inside them), users and
 * roles, security, the hash-chained audit trail, i18n, error handling and the page layout.
 * <p>
 * Its base package is the API every business module may use: {@link de.nrw.kim.platform.CurrentUser},
 * {@link de.nrw.kim.platform.TenantContext}, {@link de.nrw.kim.platform.AuditTrail}, the problem
 * exceptions and the contribution points for navigation and start page. The platform uses no
 * business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plattform")
package de.nrw.kim.platform;
