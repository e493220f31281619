package org.iomt.standards.scram;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SCRAM-SHA-256 against the exchange of RFC 7677 §3, from both sides, and the messages either side must refuse. */
@Tag("small")
class ScramTest {

    private static final String CLIENT_NONCE = "rOprNGfwEbeRWgbNEkqO";
    private static final String SERVER_NONCE = "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    private static final byte[] SALT = Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ==");
    private static final String SERVER_FIRST = "r=" + CLIENT_NONCE + SERVER_NONCE + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    private static final String CLIENT_FINAL = "c=biws,r=" + CLIENT_NONCE + SERVER_NONCE
            + ",p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    private static final String SERVER_FINAL = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theClientWritesTheRfcExchange() throws ScramException {
        ScramClient client = new ScramClient("user", "pencil", CLIENT_NONCE);
        assertEquals("n,,n=user,r=" + CLIENT_NONCE, new String(client.firstMessage(), StandardCharsets.UTF_8));
        assertEquals(CLIENT_FINAL, new String(client.finalMessage(bytes(SERVER_FIRST)), StandardCharsets.UTF_8));
        assertTrue(client.serverVerified(bytes(SERVER_FINAL)));
        assertFalse(client.serverVerified(bytes("v=" + Base64.getEncoder().encodeToString(new byte[32]))));
    }

    @Test
    void theServerWritesTheRfcExchange() throws ScramException {
        ScramServer server = new ScramServer("user", "pencil", SALT, 4096, SERVER_NONCE);
        assertEquals(SERVER_FIRST, new String(server.firstMessage(bytes("n,,n=user,r=" + CLIENT_NONCE)), StandardCharsets.UTF_8));
        assertArrayEquals(bytes(SERVER_FINAL), server.finalMessage(bytes(CLIENT_FINAL)));
    }

    @Test
    void theServerRefusesAWrongProofAnotherUserAndAChangedNonce() throws ScramException {
        ScramServer server = new ScramServer("user", "pencil", SALT, 4096, SERVER_NONCE);
        server.firstMessage(bytes("n,,n=user,r=" + CLIENT_NONCE));
        assertThrows(ScramException.class, () -> server.finalMessage(bytes(CLIENT_FINAL.replace("p=dH", "p=dG"))));
        assertThrows(ScramException.class, () -> server.finalMessage(bytes(CLIENT_FINAL.replace("r=rOpr", "r=xOpr"))));
        ScramServer other = new ScramServer("someone", "pencil", SALT, 4096, SERVER_NONCE);
        assertThrows(ScramException.class, () -> other.firstMessage(bytes("n,,n=user,r=" + CLIENT_NONCE)));
        assertThrows(ScramException.class, () -> other.firstMessage(bytes("p=tls-unique,,n=someone,r=" + CLIENT_NONCE)));
    }

    @Test
    void theClientRefusesANonceNotExtendingItsOwnAndTooFewIterations() {
        ScramClient client = new ScramClient("user", "pencil", CLIENT_NONCE);
        assertThrows(ScramException.class, () -> client.finalMessage(bytes("r=" + CLIENT_NONCE + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")));
        assertThrows(ScramException.class, () -> client.finalMessage(bytes("r=other" + SERVER_NONCE + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")));
        assertThrows(ScramException.class, () -> client.finalMessage(bytes(SERVER_FIRST.replace("i=4096", "i=1000"))));
    }

    @Test
    void userNamesAreEscapedBothWays() throws ScramException {
        ScramClient client = new ScramClient("a=b,c", "pencil", CLIENT_NONCE);
        assertEquals("n,,n=a=3Db=2Cc,r=" + CLIENT_NONCE, new String(client.firstMessage(), StandardCharsets.UTF_8));
        ScramServer server = new ScramServer("a=b,c", "pencil", SALT, 4096, SERVER_NONCE);
        server.firstMessage(client.firstMessage());
    }
}
