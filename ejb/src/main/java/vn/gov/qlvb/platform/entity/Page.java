package vn.gov.qlvb.platform.entity;

import java.util.List;

/** One page of a longer list, with the size of the whole list. */
public record Page<T>(List<T> items, long total, int first, int size) {

    public Page {
        items = List.copyOf(items);
    }
}
