package io.atqb.autotask;

/** A vendor: an Autotask company (Companies id and companyName). */
public record AutotaskVendor(long id, String name) {
}
