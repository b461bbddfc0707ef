package dev.upkeep.hygiene.secrets;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.LintContext;
import dev.upkeep.hygiene.LintFile;
import dev.upkeep.hygiene.RuleFamily;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.hygiene.SecretValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Secret hygiene across the repository: committed .env files with real secrets, well-known default
 * credentials, private keys, and secret-named variables that a frontend build would ship to
 * browsers. Messages never show a secret value. Which rule looks at which file is set by
 * {@link FileKind}; literal secrets in a Dockerfile's ENV and ARG are the dockerfile family's.
 */
public final class SecretsFamily implements RuleFamily {
    @Override
    public String id() {
        return "secrets";
    }

    @Override
    public List<RuleInfo> rules() {
        return SecretsRules.ALL;
    }

    @Override
    public boolean wants(String path) {
        return FileKind.of(path) != FileKind.SKIPPED;
    }

    @Override
    public List<Finding> check(LintFile file, LintContext context) throws IOException {
        String text = file.text();
        FileKind kind = FileKind.of(file.path());
        List<Finding> findings = new ArrayList<>();
        for (PrivateKeys.Key key : PrivateKeys.scan(text)) {
            RuleInfo rule = SecretsRules.PRIVATE_KEY;
            Severity severity = key.encrypted() ? Severity.HIGH : rule.severity();
            String what = key.encrypted() ? "an encrypted " : "a ";
            findings.add(Finding.of(rule.id(), key.kind() + " private key@" + key.line(), severity,
                    file.path() + " contains " + what + key.kind() + " private key on line " + key.line(),
                    new Location(file.path(), key.line()), rule.fix()));
        }
        if (kind == FileKind.OTHER) {
            return findings;
        }
        for (Assignments.Assignment a : Assignments.scan(text)) {
            Location at = new Location(file.path(), a.line());
            clientExposed(kind, a, at).ifPresent(findings::add);
            if (kind == FileKind.ENV || kind == FileKind.COMPOSE || kind == FileKind.CONFIG) {
                Optional<Finding> weak = defaultCredential(a, at);
                weak.ifPresent(findings::add);
                if (weak.isEmpty() && kind == FileKind.ENV) {
                    committedSecret(a, at).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    private static Optional<Finding> clientExposed(FileKind kind, Assignments.Assignment a, Location at) {
        if (kind == FileKind.CONFIG || SecretValues.clientPrefix(a.name()).isEmpty() || !SecretValues.isSecretName(a.name())) {
            return Optional.empty();
        }
        String prefix = SecretValues.clientPrefix(a.name()).get();
        return Optional.of(SecretsRules.CLIENT_EXPOSED_SECRET.finding(a.name(), at,
                a.name() + " is named like a secret, but the " + prefix + " prefix makes the frontend build put its value into code every visitor downloads"));
    }

    private static Optional<Finding> defaultCredential(Assignments.Assignment a, Location at) {
        String value = a.value();
        String fallback = SecretValues.referenceDefault(value).orElse(null);
        String literal = fallback != null ? fallback : SecretValues.isReference(value) ? null : value;
        if (literal == null || literal.isEmpty()) {
            return Optional.empty();
        }
        String how = fallback != null ? " falls back to" : " is";
        if (SecretValues.isSecretName(a.name()) && SecretValues.isDefaultCredential(literal)) {
            return Optional.of(SecretsRules.DEFAULT_CREDENTIAL.finding(a.name(), at,
                    a.name() + how + " a well-known default credential (" + SecretValues.mask(literal) + "); anyone can guess it"));
        }
        Optional<String[]> url = SecretValues.urlCredentials(literal);
        if (url.isPresent()) {
            String user = url.get()[0];
            String password = url.get()[1];
            if (SecretValues.isDefaultCredential(password) || password.equals(user) && !SecretValues.isPlaceholder(password)) {
                return Optional.of(SecretsRules.DEFAULT_CREDENTIAL.finding(a.name(), at,
                        a.name() + how + " a URL whose password is a well-known default (" + SecretValues.mask(password) + "); anyone can guess it"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> committedSecret(Assignments.Assignment a, Location at) {
        String value = a.value();
        boolean secret = SecretValues.isSecretName(a.name()) && SecretValues.looksReal(value);
        boolean urlSecret = SecretValues.urlCredentials(value).filter(c -> SecretValues.looksReal(c[1])).isPresent();
        if (!secret && !urlSecret && !SecretValues.hasTokenFormat(value)) {
            return Optional.empty();
        }
        String what = urlSecret && !secret ? "a URL with what looks like a real password" : "what looks like a real secret";
        return Optional.of(SecretsRules.COMMITTED_ENV_SECRET.finding(a.name(), at,
                at.file() + " is committed and sets " + a.name() + " to " + what + " (" + SecretValues.mask(value)
                        + "); everyone with the repository has it"));
    }
}
