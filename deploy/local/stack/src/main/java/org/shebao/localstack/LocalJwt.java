package org.shebao.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * RS256 JSON Web Tokens for the local stack and tests, with the JDK only. The services verify
 * them with smallrye-jwt ({@code mp.jwt.verify.publickey.location}, {@code mp.jwt.verify.issuer})
 * and take the roles from the {@code groups} claim.
 */
public final class LocalJwt {

    /** The issuer of every local token; the services must be configured with the same. */
    public static final String ISSUER = "https://local.shebao.example/issuer";
    public static final String PRIVATE_KEY_FILE = "privateKey.pem";
    public static final String PUBLIC_KEY_FILE = "publicKey.pem";

    private static final Duration DEFAULT_TTL = Duration.ofHours(1);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String privateKeyPem;
    private final Path publicKey;

    private LocalJwt(String privateKeyPem, Path publicKey) {
        this.privateKeyPem = privateKeyPem;
        this.publicKey = publicKey;
    }

    /** Signs with the key pair in {@code dir}, generating it first if it is missing. */
    public static LocalJwt forKeysIn(Path dir) {
        generateKeys(dir);
        try {
            return new LocalJwt(Files.readString(dir.resolve(PRIVATE_KEY_FILE)), dir.resolve(PUBLIC_KEY_FILE).toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token of {@link #ISSUER} for {@code subject} with these groups (roles), valid for an hour. */
    public String token(String subject, String... groups) {
        return token(privateKeyPem, ISSUER, subject, new LinkedHashSet<>(Arrays.asList(groups)), DEFAULT_TTL);
    }

    /** The public key file, for {@code mp.jwt.verify.publickey.location}. */
    public Path publicKey() {
        return publicKey;
    }

    /**
     * Writes a new 2048-bit RSA key pair to {@code dir} as {@value #PRIVATE_KEY_FILE} (PKCS#8) and
     * {@value #PUBLIC_KEY_FILE} (X.509 SubjectPublicKeyInfo), unless both files exist.
     */
    public static void generateKeys(Path dir) {
        Path privateKey = dir.resolve(PRIVATE_KEY_FILE);
        Path publicKey = dir.resolve(PUBLIC_KEY_FILE);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            writeOwnerOnly(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the keys to " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A compact JWS (RS256) with the claims iss, sub, upn, groups, iat, exp and jti. */
    public static String token(String privateKeyPem, String issuer, String subject, Set<String> groups, Duration ttl) {
        Instant now = Instant.now();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":" + json(issuer)
                + ",\"sub\":" + json(subject)
                + ",\"upn\":" + json(subject)
                + ",\"groups\":[" + groups.stream().map(LocalJwt::json).collect(Collectors.joining(",")) + "]"
                + ",\"iat\":" + now.getEpochSecond()
                + ",\"exp\":" + now.plus(ttl).getEpochSecond()
                + ",\"jti\":" + json(UUID.randomUUID().toString())
                + "}";
        String signingInput = base64Url(header) + "." + base64Url(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey(privateKeyPem));
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the token", e);
        }
    }

    /** For token.sh: {@code <keys dir> <subject> <group>...} prints a token valid for 8 hours. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: LocalJwt <keys dir> <subject> <group>...");
            System.exit(2);
        }
        Path privateKey = Path.of(args[0], PRIVATE_KEY_FILE);
        if (!Files.exists(privateKey)) {
            System.err.println("No " + privateKey + ": start the local stack once (run.sh) to generate the keys.");
            System.exit(1);
        }
        Set<String> groups = new LinkedHashSet<>(List.of(args).subList(2, args.length));
        System.out.println(token(Files.readString(privateKey), ISSUER, args[1], groups, Duration.ofHours(8)));
    }

    private static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** Created readable by its owner only before anything is written to it. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, content);
    }

    private static String base64Url(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
    static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
