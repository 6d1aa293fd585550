package dev.limber.web.client;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * An open circuit breaker or a timeout is thrown by the fault-tolerance guards around a client method, not
 * from its body, so {@link Backends} never sees it; this interceptor runs outside those guards (SmallRye Fault
 * Tolerance's has priority PLATFORM_AFTER + 10) and makes it "unavailable" like any other failure, so the page
 * says so instead of failing with a 500.
 */
@BackendCall
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
class BackendCallInterceptor {

    @AroundInvoke
    Object call(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (FaultToleranceException e) {
            String backend = context.getMethod().getDeclaringClass().getAnnotation(BackendCall.class).value();
            throw new BackendUnavailableException(backend, e);
        }
    }
}
