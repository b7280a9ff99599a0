package org.sahelsim.model.params;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that a scenario file may leave out. Every other parameter must be
 * given in the file: there are no Java defaults. An absent optional list or map is empty; an
 * absent optional record, string, date, enum or boxed number is {@code null}. Primitive
 * components cannot be optional (they have no "absent" value).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Optional {
}
