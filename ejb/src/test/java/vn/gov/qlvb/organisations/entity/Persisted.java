package vn.gov.qlvb.organisations.entity;

import java.lang.reflect.Field;

/**
 * Test fixture: gives an entity the id that JPA would assign when it is stored. The entities have
 * no id setter on purpose; rules that compare by id (a detached copy of the same row, the agency
 * of two people) need one in a test without a database.
 */
final class Persisted {

    private Persisted() {}

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot set the id of " + entity.getClass().getName(), e);
        }
    }
}
