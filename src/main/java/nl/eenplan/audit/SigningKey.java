package nl.eenplan.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * EenPlan's Ed25519 key that signs checkpoints of the access log. Kept in a file readable by
 * its owner only (0600), made at the first start like the database's passwords: a line {@code
 * private <PKCS#8, base64>} and a line {@code public <X.509, base64>}. Whoever rewrites the log and
 * its seals in the database cannot sign a matching checkpoint without this file.
 */
final class SigningKey {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final String publicKey;

    private SigningKey(PrivateKey privateKey, String publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Reads the key from the file, or makes a new one there (0600) when there is no file yet. */
    static SigningKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String privatePart = null;
            String publicPart = null;
            for (var line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                var parts = line.strip().split(" ", 2);
                if (parts.length == 2 && parts[0].equals("private")) {
                    privatePart = parts[1];
                } else if (parts.length == 2 && parts[0].equals("public")) {
                    publicPart = parts[1];
                }
            }
            if (privatePart == null || publicPart == null) {
                throw new IllegalStateException("the audit signing key " + file + " lacks its private or public line");
            }
            var key = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privatePart)));
            return new SigningKey(key, publicPart);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the audit signing key " + file + " is no Ed25519 key", e);
        }
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        var pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        var base64 = Base64.getEncoder();
        var lines = List.of(
                "private " + base64.encodeToString(pair.getPrivate().getEncoded()),
                "public " + base64.encodeToString(pair.getPublic().getEncoded()));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            return; // made by another EenPlan on the same folder at the same moment
        }
        Files.write(file, lines, StandardCharsets.US_ASCII);
    }

    /** The public key (X.509, base64), to keep with the checkpoints. */
    String publicKey() {
        return publicKey;
    }

    /** The signature (base64) over the text. */
    String sign(String text) {
        try {
            var signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime signs with Ed25519", e);
        }
    }

    /** Whether the signature (base64) over the text was made with the key of this public key (base64). */
    static boolean verifies(String publicKey, String text, String signatureBase64) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            var signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
