package vn.gov.qlvb.signing.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/** Test fixture: the repository a container would inject, with the given settings as its Config. */
public final class SigningRepositories {

    private SigningRepositories() {}

    public static SigningRepository on(EntityManager em, Map<String, String> settings) {
        SigningRepository repository = new SigningRepository();
        repository.em = em;
        repository.config = new MapConfig(settings);
        return repository;
    }

    private record MapConfig(Map<String, String> values) implements Config {

        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            String value = values.get(name);
            if (value == null) {
                return Optional.empty();
            }
            Object converted = type == Integer.class ? Integer.valueOf(value) : value;
            return Optional.of(type.cast(converted));
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new IllegalArgumentException();
        }
    }
}
