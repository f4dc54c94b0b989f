package vn.gov.qlvb.platform.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.bind.Jsonb;
import org.junit.jupiter.api.Test;

class SharedJsonbTest {

    public record Receipt(String docId, String status, boolean duplicate) {}

    private final SharedJsonb resolver = new SharedJsonb() {};

    @Test
    void everyTypeGetsTheSameJsonbInstance() {
        Jsonb first = resolver.getContext(Receipt.class);
        assertSame(first, resolver.getContext(String.class));
        assertSame(first, resolver.getContext(Receipt.class));
    }

    @Test
    void itWritesAndReadsAsJsonBsDefaults() {
        Jsonb jsonb = resolver.getContext(Receipt.class);
        String json = jsonb.toJson(new Receipt("a1b2", "01", true));
        assertEquals("{\"docId\":\"a1b2\",\"duplicate\":true,\"status\":\"01\"}", json);
        assertEquals(new Receipt("a1b2", "01", true), jsonb.fromJson(json, Receipt.class));
    }
}
