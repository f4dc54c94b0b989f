package vn.gov.qlvb.web.incoming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.qlvb.web.incoming.IncomingDocumentView.Entry;

/** How the document page folds views into the timeline a person reads (III.1.a5 keeps them all). */
class TimelineFoldingTest {

    private static Entry entry(String action, String actor) {
        return new Entry("24/11/2026 08:00", action, actor, null, null, 1);
    }

    @Test
    void aViewRightAfterTheSamePersonsEntryIsFoldedAndRepeatedViewsAreCounted() {
        List<Entry> shown = IncomingDocumentView.fold(List.of(
                entry("REGISTERED", "Trần Thị Thư"),
                entry("VIEWED", "Trần Thị Thư"),
                entry("VIEWED", "Lê Văn Lãnh"),
                entry("VIEWED", "Lê Văn Lãnh"),
                entry("VIEWED", "Lê Văn Lãnh"),
                entry("DIRECTED", "Lê Văn Lãnh"),
                entry("VIEWED", "Lê Văn Lãnh"),
                entry("VIEWED", "Vũ Văn Chuyên")));
        assertEquals(
                List.of(
                        "REGISTERED Trần Thị Thư 1",
                        "VIEWED Lê Văn Lãnh 3",
                        "DIRECTED Lê Văn Lãnh 1",
                        "VIEWED Vũ Văn Chuyên 1"),
                shown.stream()
                        .map(e -> e.action() + " " + e.actor() + " " + e.times())
                        .toList());
    }
}
