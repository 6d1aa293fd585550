package dev.limber.catalog.rest;

import java.util.List;

/** One page of results with the total number of matches. */
public record PageView<T>(List<T> items, long total, int page, int size) {
}
