package org.mosaicintake.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an application-service method whose call by a member of staff is written to the audit trail
 * ({@link AuditInterceptor}). The actor is the signed-in staff member, the client address comes from
 * the request, the intake is the parameter marked {@link Intake}, and a parameter marked
 * {@link Argument} is recorded beside the action. Only the outermost audited call of a request is
 * recorded, so a PDF export that reads the summary is one record, {@code export_pdf}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** The action, a fixed name such as {@code read_summary}. */
    @Nonbinding
    String value() default "";

    /** When the record is written. */
    @Nonbinding
    Kind kind() default Kind.READ;

    /** How the record relates to what the method does. */
    enum Kind {
        /**
         * A read of client data: recorded in its own transaction after the method has produced the data
         * and before the data leaves. No record, no data.
         */
        READ,
        /**
         * A change: recorded in the method's own transaction (the method must be transactional), so
         * that a failing record undoes the change and a change never goes unrecorded.
         */
        CHANGE
    }

    /** The parameter holding the intake id the action concerns. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface Intake {
    }

    /** The parameter recorded as the action's argument (a plugin id, a username); at most 200 characters are kept. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface Argument {
    }
}
