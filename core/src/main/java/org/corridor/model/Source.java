package org.corridor.model;

import java.time.LocalDate;

/** A document that figures in the data set rest on. */
public record Source(String id, String title, String publisher, LocalDate date, String address, String note) {}
