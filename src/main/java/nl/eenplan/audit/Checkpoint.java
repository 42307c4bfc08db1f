package nl.eenplan.audit;

/**
 * A signed checkpoint of the access log: the hash of one seal, which through the chain of seals
 * stands for every entry sealed up to it, signed with EenPlan's Ed25519 key. An operator keeps these
 * outside EenPlan; a log rewritten afterwards, seals included, no longer matches them.
 */
public record Checkpoint(long seal, String sealHash, String madeAt, String publicKey, String signature) {

    /** The text that is signed. */
    String signedText() {
        return "eenplan-audit-checkpoint-v1|" + seal + "|" + sealHash + "|" + madeAt;
    }

    /** Whether the signature fits the text under the key the checkpoint names. */
    boolean signatureHolds() {
        return SigningKey.verifies(publicKey, signedText(), signature);
    }
}
