package dev.upkeep.assess;

import dev.upkeep.config.ConfigNodes;
import dev.upkeep.config.Glob;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Package risk: {@code risk:} of upkeep.yml ({@code low}, {@code medium}, {@code high}: lists of
 * name globs) over the runbook's risk tables (§3.3.1–3.3.4), and {@code migrations}: packages whose
 * upgrade runs schema migrations. A name the stack's file lists wins over the defaults; among the
 * file's own lists the highest level wins. Names are matched as written in their ecosystem
 * ({@code @nestjs/core}, {@code fastapi}) and, for images and runtimes, also without
 * {@code library/} and by their product ({@code postgres}, {@code postgresql}).
 */
public final class RiskRules {
    static final List<String> KEYS = List.of("low", "medium", "high", "migrations");

    /** §3.3 "Risk" columns: Low and Medium rows (the runbook names no High package). */
    static final Map<Risk, List<Glob>> DEFAULT_TABLE = Map.of(
            Risk.LOW, globs("react", "react-dom", "react-router-dom", "@tanstack/react-query", "vite", "express", "bullmq",
                    "ioredis", "helmet", "pino", "eslint", "vitest", "jest"),
            Risk.MEDIUM, globs("tailwindcss", "socket.io-client", "@nestjs/*", "@prisma/client", "prisma", "socket.io",
                    "@sentry/*", "@opentelemetry/*", "nx", "typescript", "playwright", "@playwright/test"),
            Risk.HIGH, List.of());

    /** "@prisma/client, prisma | Minor updates, test migrations"; alembic for the FastAPI stack. */
    static final List<Glob> DEFAULT_MIGRATIONS = globs("prisma", "@prisma/client", "alembic");

    public static final RiskRules DEFAULTS = new RiskRules(Map.of(), DEFAULT_MIGRATIONS);

    private final Map<Risk, List<Glob>> configured;
    private final List<Glob> migrations;

    public RiskRules(Map<Risk, List<Glob>> configured, List<Glob> migrations) {
        this.configured = Map.copyOf(configured);
        this.migrations = List.copyOf(migrations);
    }

    /** The risk of a package known by any of {@code names}. */
    public Risk of(Collection<String> names) {
        Optional<Risk> own = highest(configured, names);
        return own.or(() -> highest(DEFAULT_TABLE, names)).orElse(Risk.LOW);
    }

    /** Whether upgrading a package known by any of {@code names} runs schema migrations. */
    public boolean migrates(Collection<String> names) {
        return names.stream().anyMatch(n -> migrations.stream().anyMatch(g -> matches(g, n)));
    }

    private static Optional<Risk> highest(Map<Risk, List<Glob>> table, Collection<String> names) {
        for (Risk r : new Risk[] {Risk.HIGH, Risk.MEDIUM, Risk.LOW}) {
            List<Glob> globs = table.getOrDefault(r, List.of());
            if (names.stream().anyMatch(n -> globs.stream().anyMatch(g -> matches(g, n)))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Most patterns are plain names: compared as text, without the glob's regular expression (thousands of packages per plan). */
    private static boolean matches(Glob g, String name) {
        String p = g.pattern();
        return p.indexOf('*') < 0 && p.indexOf('?') < 0 ? p.equals(name) : g.matches(name);
    }

    public static RiskRules read(UpkeepConfig config) {
        Optional<YamlNode> section = config.section("risk").filter(n -> !(n instanceof Scalar s && s.isNull()));
        if (section.isEmpty()) {
            return DEFAULTS;
        }
        ConfigNodes nodes = new ConfigNodes(config.file().orElse("upkeep.yml"));
        Mapping m = nodes.mapping(section.get(), "risk");
        nodes.onlyKnownKeys(m, "risk", KEYS);
        Map<Risk, List<Glob>> configured = new EnumMap<>(Risk.class);
        List<Glob> migrations = DEFAULT_MIGRATIONS;
        for (YamlNode.Entry e : m.entries()) {
            String field = "risk." + e.key().value();
            List<Glob> list = globList(e.value(), nodes, field);
            if (e.key().value().equals("migrations")) {
                migrations = list;
            } else {
                configured.put(Risk.valueOf(e.key().value().toUpperCase(java.util.Locale.ROOT)), list);
            }
        }
        return new RiskRules(configured, migrations);
    }

    static List<Glob> globList(YamlNode node, ConfigNodes nodes, String field) {
        if (node instanceof Scalar s && s.isNull()) {
            return List.of();
        }
        List<YamlNode> items = nodes.list(node, field);
        List<Glob> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(Glob.of(nodes.string(items.get(i), field + "[" + i + "]")));
        }
        return out;
    }

    private static List<Glob> globs(String... patterns) {
        return java.util.Arrays.stream(patterns).map(Glob::of).toList();
    }
}
