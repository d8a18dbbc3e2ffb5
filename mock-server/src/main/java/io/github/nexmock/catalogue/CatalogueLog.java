package io.github.nexmock.catalogue;

import io.github.nexmock.jwt.MarkedLog;

/** The most recent requests the catalogue answered, read like the refusal log: mark, act, then read since. */
public final class CatalogueLog extends MarkedLog<CatalogueAnswer> {

    /** How many answers a log keeps. */
    public static final int DEFAULT_CAPACITY = 1000;

    /** A log keeping the latest {@link #DEFAULT_CAPACITY} answers. */
    public CatalogueLog() {
        super(DEFAULT_CAPACITY, "catalogue log");
    }
}
