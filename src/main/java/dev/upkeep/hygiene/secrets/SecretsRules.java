package dev.upkeep.hygiene.secrets;

import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.List;

/** The secrets rules; each has a page in docs/rules/secrets/. */
final class SecretsRules {
    static final RuleInfo COMMITTED_ENV_SECRET = new RuleInfo("secrets/committed-env-secret", Severity.HIGH,
            "A committed .env file holds what looks like a real secret",
            "Remove the file from version control (git rm --cached, add it to .gitignore), commit a .env.example with placeholders instead, and rotate the secret.");
    static final RuleInfo DEFAULT_CREDENTIAL = new RuleInfo("secrets/default-credential", Severity.HIGH,
            "A password or secret is a well-known default (changethis, postgres, admin, password)",
            "Generate a strong value per environment (openssl rand -hex 32) and inject it at run time; keep defaults only in example files.");
    static final RuleInfo PRIVATE_KEY = new RuleInfo("secrets/private-key", Severity.CRITICAL,
            "A private key is committed to the repository",
            "Remove the key from the repository and its history, revoke or rotate it, and load keys from a secret store or a mounted file at run time.");
    static final RuleInfo CLIENT_EXPOSED_SECRET = new RuleInfo("secrets/client-exposed-secret", Severity.HIGH,
            "A variable bundled into browser code (NEXT_PUBLIC_, VITE_, REACT_APP_) is named like a secret",
            "Keep the secret server-side: drop the public prefix and call the service from the backend; only publishable keys may carry the prefix (name them so).");

    static final List<RuleInfo> ALL = List.of(COMMITTED_ENV_SECRET, DEFAULT_CREDENTIAL, PRIVATE_KEY, CLIENT_EXPOSED_SECRET);

    private SecretsRules() {}
}
