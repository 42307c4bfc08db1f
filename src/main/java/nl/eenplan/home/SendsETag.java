package nl.eenplan.home;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API read whose answer carries the version of what it read in an ETag header, to be sent back
 * in If-Match with a change; a matching If-None-Match gets 304 Not Modified. The OpenAPI document
 * names the header for such reads (changes that take If-Match name it by themselves).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SendsETag {}
