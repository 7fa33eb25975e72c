package org.mosaicintake.audit;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.lang.annotation.Annotation;
import org.mosaicintake.web.WebRequests;

/**
 * Writes the audit record of an {@link Audited} method. Its priority places it inside the
 * transaction interceptor ({@code @Transactional} runs at {@code PLATFORM_BEFORE + 200}), so a
 * {@link Audited.Kind#CHANGE} is recorded in the change's own transaction, and a
 * {@link Audited.Kind#READ} is recorded once the data exists and before it is returned.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class AuditInterceptor {

    /** Depth of audited calls on this thread: only the outermost one is recorded. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final AuditTrail trail;
    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private final TransactionManager transactions;

    public AuditInterceptor(AuditTrail trail, SecurityIdentity identity, CurrentVertxRequest request, TransactionManager transactions) {
        this.trail = trail;
        this.identity = identity;
        this.request = request;
        this.transactions = transactions;
    }

    @AroundInvoke
    Object record(InvocationContext ctx) throws Exception {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            Object result = ctx.proceed();
            if (depth[0] == 1) {
                Audited audited = binding(ctx);
                AuditTrail.Entry entry = new AuditTrail.Entry(actor(), action(audited, ctx), parameter(ctx, Audited.Intake.class),
                        parameter(ctx, Audited.Argument.class), remote());
                if (audited.kind() == Audited.Kind.CHANGE) {
                    requireTransaction(ctx);
                    trail.appendInCurrentTransaction(entry);
                } else {
                    trail.record(entry);
                }
            }
            return result;
        } finally {
            if (--depth[0] == 0) {
                DEPTH.remove();
            }
        }
    }

    private static Audited binding(InvocationContext ctx) {
        Audited audited = ctx.getMethod().getAnnotation(Audited.class);
        return audited != null ? audited : ctx.getMethod().getDeclaringClass().getAnnotation(Audited.class);
    }

    private static String action(Audited audited, InvocationContext ctx) {
        if (audited == null || audited.value().isBlank()) {
            throw new IllegalStateException("@Audited on " + ctx.getMethod() + " names no action");
        }
        return audited.value();
    }

    private String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    private String remote() {
        try {
            var current = request.getCurrent();
            return current == null ? null : WebRequests.remote(current.request());
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }

    /** The marked parameters' values, joined by a space (a clinic and a plugin: {@code demo emdr}); null when none. */
    private static String parameter(InvocationContext ctx, Class<? extends Annotation> marker) {
        Annotation[][] annotations = ctx.getMethod().getParameterAnnotations();
        java.util.List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a.annotationType() == marker) {
                    values.add(String.valueOf(ctx.getParameters()[i]));
                }
            }
        }
        return values.isEmpty() ? null : String.join(" ", values);
    }

    private void requireTransaction(InvocationContext ctx) throws SystemException {
        if (transactions.getStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("@Audited(kind = CHANGE) needs a transaction: make " + ctx.getMethod() + " @Transactional");
        }
    }
}
