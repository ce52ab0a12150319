package org.shebao.policyservice.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.shebao.localstack.quarkus.InjectTestResource;

/**
 * A small OpenID Connect provider for tests, on the JDK's HTTP server: discovery, JWKS, an authorization endpoint that
 * signs in whoever the test named with {@link #signInNext}, and a token endpoint that answers RS256 ID and access
 * tokens only to a client that proves PKCE (S256: the verifier must hash to the challenge given at authorization) and
 * presents its secret. No network, no container. Configures the console's OIDC client to use it.
 */
public class OidcProviderStub implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "policy-console-test";
    public static final String CLIENT_SECRET = "a-test-secret-of-at-least-thirty-two-characters";
    private static final String KEY_ID = "stub-key";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Someone the provider signs in, with the roles its {@code groups} claim carries. */
    public record Operator(String username, List<String> groups) {
    }

    /** What an authorization code stands for until the client redeems it. */
    private record Grant(Operator operator, String codeChallenge, String redirectUri, String nonce) {
    }

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private volatile Operator next;
    private HttpServer server;
    private KeyPair keys;
    private String issuer;

    /** The operator the next authorization request signs in (as if they had typed their password at the issuer). */
    public void signInNext(String username, String... groups) {
        next = new Operator(username, List.of(groups));
    }

    public String issuer() {
        return issuer;
    }

    public String authorizationEndpoint() {
        return issuer + "/authorize";
    }

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realm";
        server.createContext("/realm/.well-known/openid-configuration", exchange -> json(exchange, 200, Map.of(
                "issuer", issuer,
                "authorization_endpoint", authorizationEndpoint(),
                "token_endpoint", issuer + "/token",
                "jwks_uri", issuer + "/jwks",
                "response_types_supported", List.of("code"),
                "code_challenge_methods_supported", List.of("S256"),
                "id_token_signing_alg_values_supported", List.of("RS256"))));
        server.createContext("/realm/jwks", exchange -> json(exchange, 200, Map.of("keys", List.of(jwk()))));
        server.createContext("/realm/authorize", this::authorize);
        server.createContext("/realm/token", this::token);
        server.start();
        return Map.of(
                "policy.console.oidc.issuer", issuer,
                "policy.console.oidc.client-id", CLIENT_ID,
                "policy.console.oidc.client-secret", CLIENT_SECRET);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this,
                new TestInjector.AnnotatedAndMatchesType(InjectTestResource.class, OidcProviderStub.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        Operator operator = next;
        if (operator == null || !"code".equals(query.get("response_type"))
                || !CLIENT_ID.equals(query.get("client_id")) || !"S256".equals(query.get("code_challenge_method"))
                || query.get("code_challenge") == null || query.get("redirect_uri") == null) {
            json(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = random();
        grants.put(code, new Grant(operator, query.get("code_challenge"), query.get("redirect_uri"),
                query.get("nonce")));
        String callback = query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Location", callback);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = grants.remove(body.getOrDefault("code", ""));
        if (!"authorization_code".equals(body.get("grant_type")) || grant == null
                || !grant.redirectUri().equals(body.get("redirect_uri"))
                || !s256(body.getOrDefault("code_verifier", "")).equals(grant.codeChallenge())
                || !clientAuthenticated(exchange, body)) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", "uid-" + grant.operator().username());
        claims.put("aud", CLIENT_ID);
        claims.put("preferred_username", grant.operator().username());
        claims.put("groups", grant.operator().groups());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(600).getEpochSecond());
        if (grant.nonce() != null) {
            claims.put("nonce", grant.nonce());
        }
        json(exchange, 200, Map.of(
                "id_token", sign(claims),
                "access_token", sign(claims),
                "token_type", "Bearer",
                "expires_in", 600));
    }

    /** client_secret_basic, or client_secret_post. */
    private static boolean clientAuthenticated(HttpExchange exchange, Map<String, String> body) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        return basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || CLIENT_ID.equals(body.get("client_id")) && CLIENT_SECRET.equals(body.get("client_secret"));
    }

    private String sign(Map<String, Object> claims) {
        try {
            String input = BASE64URL.encodeToString(JSON.writeValueAsBytes(
                    Map.of("alg", "RS256", "typ", "JWT", "kid", KEY_ID)))
                    + "." + BASE64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> jwk() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return Map.of("kty", "RSA", "kid", KEY_ID, "use", "sig", "alg", "RS256",
                "n", unsigned(key.getModulus()), "e", unsigned(key.getPublicExponent()));
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return BASE64URL.encodeToString(bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }

    private static String s256(String verifier) {
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    /** application/x-www-form-urlencoded, also a raw query string. */
    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /** The decoded query parameters of a URI, e.g. the authorization request the console redirects to. */
    public static Map<String, String> query(URI uri) {
        return form(uri.getRawQuery());
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
