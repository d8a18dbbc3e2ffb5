package io.github.nexmock.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test method once against the mock and once against the real platform, each run named after its target,
 * so one suite checks that the mock behaves like Nexmo. The run on {@link NexmoTarget#REAL} is skipped without API
 * credentials; {@code -Dnexmock.target=mock} or {@code real} keeps only that run. The class needs {@link NexmoTest}
 * or a registered {@link NexmoExtension}, on any target: the MOCK run happens even in a class that targets REAL.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestTemplate
@ExtendWith(ContractTargets.class)
public @interface NexmoContractTest {}
