package org.shebao.contracttest;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.shebao.localstack.ApiClient;
import org.shebao.localstack.LocalJwt;
import org.shebao.localstack.PolicyDataLoader;
import org.shebao.localstack.SystemUnderTest;

/**
 * The whole system with the data set loaded, started once for all the contract ITs of a run (they share the JVM)
 * and stopped when JUnit closes its root store. Inject it as a parameter of {@code @BeforeAll} or a test.
 *
 * <p>With {@code -Dcontract.policy-url}, {@code -Dcontract.calc-url} and {@code -Dcontract.jwt-dir} (the key
 * directory of that stack, e.g. {@code deploy/local/.data/jwt}) the ITs run against a stack that is already running
 * with the data set, such as the one of {@code deploy/local/run.sh}; their publications then stay in its database.
 */
final class ContractSystem implements ParameterResolver, AutoCloseable {

    /**
     * The provinces (first two digits of the region code) loaded from {@code deploy/data}, with their cities and
     * districts, their policies and the national rules: the ones the documented examples and the client ITs use. The
     * whole data set (3,225 regions, 61 policy directories) takes minutes to load on a busy 2-core machine.
     */
    static final Set<String> LOADED_PROVINCES = Set.of("11", "31", "34", "44");
    /** Regions whose contributions calc-service must answer before the ITs start. */
    static final List<String> PROBED_REGIONS = List.of("110000", "310000", "440100", "440300");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ContractSystem.class);

    private final SystemUnderTest system;
    private final ApiClient calcApi;
    private final ApiClient policyApi;
    private final LocalJwt jwt;

    /** For JUnit's {@code @ExtendWith}; the instance that runs the system is made by {@link #start()}. */
    ContractSystem() {
        this(null, null, null, null);
    }

    private ContractSystem(SystemUnderTest system, ApiClient calcApi, ApiClient policyApi, LocalJwt jwt) {
        this.system = system;
        this.calcApi = calcApi;
        this.policyApi = policyApi;
        this.jwt = jwt;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ContractSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // A failed start is kept too, so that the next test fails at once instead of starting the system again.
        Object started = context.getRoot().getStore(NAMESPACE).computeIfAbsent(ContractSystem.class, key -> {
            try {
                return start();
            } catch (RuntimeException | Error e) {
                return new IllegalStateException("The system did not start", e);
            }
        });
        if (started instanceof IllegalStateException failure) {
            throw failure;
        }
        return started;
    }

    private static ContractSystem start() {
        String policyUrl = System.getProperty("contract.policy-url");
        if (policyUrl != null) {
            return new ContractSystem(null, new ApiClient(System.getProperty("contract.calc-url")),
                    new ApiClient(policyUrl), LocalJwt.forKeysIn(Path.of(System.getProperty("contract.jwt-dir"))));
        }
        long started = System.nanoTime();
        SystemUnderTest system = new SystemUnderTest("contract-test");
        try {
            system.startPolicyService();
            system.startCalcService(true);
            System.out.printf("contract-test: system ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
            long loading = System.nanoTime();
            system.loadDataSet(code -> code.equals("100000") || LOADED_PROVINCES.contains(code.substring(0, 2)));
            System.out.printf("contract-test: data set loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
            for (String region : PROBED_REGIONS) {
                awaitContribution(system, region);
            }
            System.out.printf("contract-test: calc-service caught up %.1f s after the load started%n",
                    (System.nanoTime() - loading) / 1e9);
            return new ContractSystem(system, system.calcApi, system.policyApi, system.jwt);
        } catch (RuntimeException | Error e) {
            system.close();
            throw e;
        }
    }

    private static void awaitContribution(SystemUnderTest system, String region) {
        String probe = "{\"regionCode\":\"" + region + "\",\"participantType\":\"EMPLOYEE\",\"month\":\"2025-07\","
                + "\"wage\":10000}";
        Awaitility.await("calc-service answers a contribution in " + region).atMost(Duration.ofSeconds(90))
                .until(() -> system.calculate(probe).statusCode() == 200);
    }

    ApiClient calcApi() {
        return calcApi;
    }

    ApiClient policyApi() {
        return policyApi;
    }

    String editorToken() {
        return jwt.token(SystemUnderTest.EDITOR, PolicyDataLoader.EDITOR_ROLE);
    }

    String approverToken() {
        return jwt.token(SystemUnderTest.APPROVER, PolicyDataLoader.APPROVER_ROLE);
    }

    HttpResponse<String> openApi(ApiClient api) {
        return api.get("/q/openapi?format=json");
    }

    @Override
    public void close() {
        if (system != null) {
            system.close();
        }
    }
}
