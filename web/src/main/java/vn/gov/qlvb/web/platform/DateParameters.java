package vn.gov.qlvb.web.platform;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.gov.qlvb.platform.entity.RuleViolation;

/** Query and path parameters of type {@link LocalDate} in ISO form ({@code 2026-11-23}). */
@Provider
public class DateParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(value.strip());
                } catch (DateTimeParseException e) {
                    throw RuleViolation.invalid("date.malformed", null, value);
                }
            }

            @Override
            public String toString(LocalDate value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
