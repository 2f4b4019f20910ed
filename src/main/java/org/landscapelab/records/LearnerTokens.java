package org.landscapelab.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** The secrets that stand for a learner: the cookie token and the resume code. Only their hashes are stored. */
public final class LearnerTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 256 random bits, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    // Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand survives
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** 26 symbols of 5 bits: 130 random bits. */
    static final int CODE_SYMBOLS = 26;

    private LearnerTokens() {}

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean wellFormed(String token) {
        return TOKEN.matcher(token).matches();
    }

    /** A new resume code, grouped for reading: {@code 7K2Q-…}. */
    public static String newResumeCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_SYMBOLS; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return code.toString();
    }

    /**
     * The canonical form of a code as a person may type it: case, spaces and dashes do not matter, and the letters
     * Crockford's alphabet leaves out read as the digits they look like. Empty when it cannot be a code.
     */
    public static String canonicalCode(String typed) {
        StringBuilder out = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char d = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(d) < 0) {
                return "";
            }
            out.append(d);
        }
        return out.length() == CODE_SYMBOLS ? out.toString() : "";
    }

    /** SHA-256 in hex: what the database keeps of a token or a (canonical) code. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
