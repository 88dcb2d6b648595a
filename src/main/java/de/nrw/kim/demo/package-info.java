/**
 * Demo data for the demo profile: realistic (fictitious) clients and case files in Köln and Münster,
 * in every phase. It is created through the public REST API on first start, as the demo case
 * managers — so it uses nothing but what any other system could, and it never runs in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demodaten")
package de.nrw.kim.demo;
