package org.shebao.localstack.quarkus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test field that receives what a test resource of this package started: a
 * {@code KafkaBroker} from {@link KafkaTestResource}, a {@code PostgresServer} from
 * {@link PostgresTestResource}, a {@code LocalJwt} from {@link JwtTestResource}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectTestResource {
}
