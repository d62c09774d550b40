package dev.kam.plumbing.http;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a {@code Period} query or path parameter: only a plan's period is read (a year from 1900, a
 * half-year or a quarter, {@code Period.PLAN_PATTERN}); a month or anything else is a 400 naming the
 * parameter, read by {@link NamedParameterConverters}.
 */
@Retention(RUNTIME)
@Target(PARAMETER)
public @interface PlanPeriod {
}
