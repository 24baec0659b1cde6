package io.atqb.autotask;

/** An Autotask inventory location; inactive locations still hold stock that counts. */
public record AutotaskLocation(long id, String name, boolean active) {
}
