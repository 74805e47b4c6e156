package org.corridor.model;

/** How a link carries goods. */
public enum Mode { PIPELINE, RAIL, ROAD, SEA, RIVER, FERRY }
