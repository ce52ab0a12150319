package org.shebao.localstack.quarkus;

import java.nio.file.Path;
import java.util.Map;

import org.shebao.localstack.Directories;
import org.shebao.localstack.LocalJwt;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A new key pair that the application verifies tokens with. A test mints tokens with
 * {@code @InjectTestResource LocalJwt jwt;} and {@code jwt.token("someone", "policy-editor")}.
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    private Path keys;
    private LocalJwt jwt;

    @Override
    public Map<String, String> start() {
        keys = Directories.createTemp("local-jwt");
        jwt = LocalJwt.forKeysIn(keys);
        return Map.of(
                "mp.jwt.verify.publickey.location", jwt.publicKey().toUri().toString(),
                // Unless a key is configured at build time, Quarkus' JWT dev service gives tests an in-memory
                // key as mp.jwt.verify.publickey, which wins over any location; NONE is smallrye-jwt's "unset".
                "mp.jwt.verify.publickey", "NONE",
                "mp.jwt.verify.issuer", LocalJwt.ISSUER);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(jwt,
                new TestInjector.AnnotatedAndMatchesType(InjectTestResource.class, LocalJwt.class));
    }

    @Override
    public void stop() {
        if (keys != null) {
            Directories.deleteRecursively(keys);
        }
    }
}
