package vn.gov.qlvb.reports.entity;

import java.util.List;

/** One line of a register or report, as typed values that know their layout's column order. */
public interface RegisterEntry {

    /** The text of each cell, in the order of the layout's columns; never null, maybe empty. */
    List<String> cells();
}
