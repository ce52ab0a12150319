package org.shebao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalJwtTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path keys;

    @Test
    void tokenVerifiesWithThePublicKeyAndCarriesTheClaims() throws Exception {
        String token = LocalJwt.forKeysIn(keys).token("local-editor", "policy-editor", "policy-approver");

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(publicKey(keys.resolve(LocalJwt.PUBLIC_KEY_FILE)));
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(signature.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        assertThat(decode(parts[0]).get("alg").asText()).isEqualTo("RS256");
        JsonNode claims = decode(parts[1]);
        assertThat(claims.get("iss").asText()).isEqualTo(LocalJwt.ISSUER);
        assertThat(claims.get("sub").asText()).isEqualTo("local-editor");
        assertThat(claims.get("upn").asText()).isEqualTo("local-editor");
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("policy-editor", "policy-approver");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);
        assertThat(Instant.ofEpochSecond(claims.get("iat").asLong())).isBetween(Instant.now().minusSeconds(5), Instant.now());
        assertThat(claims.get("jti").asText()).isNotBlank();
    }

    @Test
    void escapesStringsInTheClaims() throws Exception {
        LocalJwt.generateKeys(keys);
        String subject = "quote\" backslash\\ newline\n control\u0001 汉字";
        String token = LocalJwt.token(Files.readString(keys.resolve(LocalJwt.PRIVATE_KEY_FILE)), "issuer",
                subject, Set.of(), Duration.ofMinutes(1));

        JsonNode claims = decode(token.split("\\.")[1]);
        assertThat(claims.get("sub").asText()).isEqualTo(subject);
        assertThat(claims.get("groups")).isEmpty();
    }

    @Test
    void keepsExistingKeysAndHidesThePrivateOne() throws Exception {
        LocalJwt.generateKeys(keys);
        String privateKey = Files.readString(keys.resolve(LocalJwt.PRIVATE_KEY_FILE));
        LocalJwt.generateKeys(keys);

        assertThat(keys.resolve(LocalJwt.PRIVATE_KEY_FILE)).hasContent(privateKey);
        assertThat(privateKey).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(keys.resolve(LocalJwt.PUBLIC_KEY_FILE)).content().startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(LocalJwt.PRIVATE_KEY_FILE))))
                .isEqualTo("rw-------");
    }

    private static JsonNode decode(String base64Url) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(base64Url));
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
