package org.cpsim.model.testing;

import java.lang.reflect.RecordComponent;

/** Test helper: a copy of a (nested) configuration record with one value replaced, by dotted path. */
public final class Records {
    private Records() {}

    @SuppressWarnings("unchecked")
    public static <T extends Record> T with(T record, String path, Object value) {
        try {
            String head = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
            String rest = path.contains(".") ? path.substring(path.indexOf('.') + 1) : null;
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean found = false;
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getAccessor().invoke(record);
                if (components[i].getName().equals(head)) {
                    found = true;
                    args[i] = rest == null ? value : with((Record) args[i], rest, value);
                }
            }
            if (!found) throw new IllegalArgumentException("no component " + head + " in " + record.getClass().getSimpleName());
            var constructor = record.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return (T) constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException(cause);
        }
    }
}
