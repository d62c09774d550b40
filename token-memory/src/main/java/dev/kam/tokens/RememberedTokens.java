package dev.kam.tokens;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Quarkus' OIDC token check, done once per token instead of once per request: the signature check and
 * claim parsing were the largest cost the gateway added to a call, and a third of a service's CPU on a
 * dossier read (bench/RESULTS.md, docs/adr/0029).
 * As an identity provider asked before OIDC's, it answers a token verified before from
 * {@link VerifiedTokens} and leaves every other token to OIDC, so each refusal stays OIDC's; as an
 * augmentor it remembers what OIDC accepted, until the token's {@code exp}.
 */
@ApplicationScoped
public class RememberedTokens implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

    private final VerifiedTokens verified;

    /** @param maxSize how many distinct tokens are remembered at most; 0 verifies every request's token afresh */
    RememberedTokens(@ConfigProperty(name = "kam.token-memory.max-size", defaultValue = "10000") int maxSize) {
        this.verified = maxSize > 0 ? new VerifiedTokens(maxSize, Clock.systemUTC()) : null;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        // Before OIDC's provider (the default priority, SYSTEM_FIRST + 1), which then sees only the
        // tokens not verified yet; a higher number is asked first.
        return IdentityProvider.SYSTEM_FIRST + 2;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (verified == null) {
            return Uni.createFrom().nullItem();
        }
        return verified.find(request.getToken().getToken())
                .map(identity -> Uni.createFrom().item(forRequest(identity, request)))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (verified != null && token != null && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getExpirationTime() > 0 && verified.find(token.getToken()).isEmpty()) {
            // Kept without this request's routing context, which would otherwise live as long as the token.
            SecurityIdentity requestFree = QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, null)
                    .build();
            verified.remember(token.getToken(), requestFree, Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
        return Uni.createFrom().item(identity);
    }

    private static SecurityIdentity forRequest(SecurityIdentity identity, TokenAuthenticationRequest request) {
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, HttpSecurityUtils.getRoutingContextAttribute(request))
                .build();
    }
}
