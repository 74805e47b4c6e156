package org.corridor.api;

/** A request that cannot be answered as asked: an unknown name, a bad date, an option out of range. */
public final class BadRequestException extends RuntimeException {
  public BadRequestException(String message) {
    super(message);
  }
}
