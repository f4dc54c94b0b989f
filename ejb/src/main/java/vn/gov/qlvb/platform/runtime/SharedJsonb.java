package vn.gov.qlvb.platform.runtime;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * One JSON-B instance for all the JSON a REST application reads and writes. Without a {@code
 * ContextResolver<Jsonb>}, RESTEasy builds a new {@code Jsonb} for every entity it reads or
 * writes ({@code JsonbBuilder.create()}: a service lookup, a CDI lookup that walks the stack, a
 * new binding context), and closes it after: in a profile of the interconnection's sendEdoc that
 * was about 1.5 ms of processor time per request, more than writing the answer itself. A {@code
 * Jsonb} is thread-safe and caches what it learns of each class, so one per application is what
 * JSON-B intends. Each WAR registers a subclass marked {@code @Provider} (the server scans the
 * WAR's classes for providers, not the EAR's library).
 */
public abstract class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
