import com.vonage.jwt.Jwt;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Mints tokens with Vonage's own Java JWT library ({@code com.vonage:jwt}, the one its Java SDK signs with), so that
 * scripts/interop.sh can send them to the mock. Run as a single-file source program:
 * {@code java -cp <com.vonage:jwt and its dependencies> interop/VonageJwtTokens.java APPLICATION_ID PRIVATE_KEY_FILE}.
 * Prints one {@code name token} line per token.
 */
public class VonageJwtTokens {

    public static void main(String[] args) throws Exception {
        String applicationId = args[0];
        String keyFile = args[1];

        // What the Java SDK signs for every application call: application_id, iat, jti, no exp.
        print("defaults", Jwt.builder().applicationId(applicationId).privateKeyPath(keyFile).build());

        // A lifetime past 24 h: the library takes it, Nexmo honours the token until iat + 24 h.
        print("expires-in-25h", Jwt.builder().applicationId(applicationId).privateKeyPath(keyFile)
                .expiresAt(ZonedDateTime.now().plusHours(25)).build());

        // A client SDK token for alice, with the ACL as a claim map, as the Java SDK's documentation shows.
        Map<String, Object> clientSdkPaths = Map.of("paths", Map.of(
                "/*/users/**", Map.of(), "/*/conversations/**", Map.of(), "/*/sessions/**", Map.of(),
                "/*/devices/**", Map.of(), "/*/image/**", Map.of(), "/*/media/**", Map.of(),
                "/*/applications/**", Map.of(), "/*/push/**", Map.of(), "/*/knocking/**", Map.of()));
        print("user-alice", Jwt.builder().applicationId(applicationId).privateKeyPath(keyFile)
                .subject("alice").addClaim("acl", clientSdkPaths)
                .expiresAt(ZonedDateTime.now().plusHours(1)).build());
    }

    private static void print(String name, Jwt jwt) {
        System.out.println(name + " " + jwt.generate());
    }

    private VonageJwtTokens() {
    }
}
