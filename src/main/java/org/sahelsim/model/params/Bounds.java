package org.sahelsim.model.params;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The closed interval a numeric scenario parameter must lie in, checked when a scenario is
 * read (a share above 1, negative troops). Definitional limits, or validity limits far above
 * any sourced value that keep the model's arithmetic finite (found by fuzzing the reader):
 * the values themselves live in scenario files with their sources.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Bounds {
    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;
}
