package org.landscapelab.e2e;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A minimal OpenID Connect provider for the browser tests: discovery, an authorization endpoint that signs in
 * whoever the test chose (no login screen), a token endpoint issuing RS256-signed ID tokens, and the key set. Enough
 * for Spring's OAuth2 client to run its real authorization-code flow against it.
 */
final class FakeOidcProvider implements AutoCloseable {

    /** Who the next authorization signs in. */
    record Person(String subject, String email, boolean emailVerified, String name) {}

    static final String CLIENT_ID = "landscape-lab";
    static final String CLIENT_SECRET = "test-secret";

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, String[]> codes = new ConcurrentHashMap<>(); // code → {nonce, person index}
    private volatile Person next = new Person("nobody", "nobody@example.org", true, "Nobody");
    private final Map<String, Person> people = new ConcurrentHashMap<>();

    FakeOidcProvider() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("test").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", x -> send(x, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void signInNext(Person person) {
        next = person;
    }

    private void discovery(HttpExchange x) throws IOException {
        String i = issuer();
        send(x, 200, "application/json", """
                {"issuer":"%s","authorization_endpoint":"%s/authorize","token_endpoint":"%s/token","jwks_uri":"%s/jwks",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"scopes_supported":["openid","email","profile"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"]}""".formatted(i, i, i, i));
    }

    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> q = form(x.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        Person person = next;
        people.put(code, person);
        codes.put(code, new String[] {q.getOrDefault("nonce", "")});
        String location = q.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Location", location);
        send(x, 302, "text/plain", "");
    }

    private void token(HttpExchange x) throws IOException {
        Map<String, String> body = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String code = body.get("code");
        String[] saved = codes.remove(code);
        Person person = people.remove(code);
        if (saved == null || person == null) {
            send(x, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer())
                    .subject(person.subject())
                    .audience(CLIENT_ID)
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(300)))
                    .claim("email", person.email())
                    .claim("email_verified", person.emailVerified())
                    .claim("name", person.name());
            if (!saved[0].isEmpty()) {
                claims.claim("nonce", saved[0]);
            }
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            send(x, 200, "application/json", """
                    {"access_token":"%s","token_type":"Bearer","expires_in":300,"scope":"openid email profile",
                     "id_token":"%s"}""".formatted(UUID.randomUUID(), jwt.serialize()));
        } catch (Exception e) {
            send(x, 500, "text/plain", e.toString());
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, status == 302 || bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            x.getResponseBody().write(bytes);
        }
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
