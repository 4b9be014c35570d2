package workshop.localcloud.config;

import java.util.List;

/**
 * A {@code package:} block, of the service or of one function: what the framework deploys.
 *
 * <p>The local cloud runs handlers from its own classpath and never reads the artifact; it is kept for
 * the tools that do (the cold-start benchmark runs each function from the jar it deploys).
 *
 * @param artifact     {@code artifact}: a file deployed as is, relative to the serverless.yml's folder; null when not set
 * @param individually {@code individually}: every function gets a package of its own
 */
record PackageSettings(String artifact, boolean individually) {

    static final PackageSettings NONE = new PackageSettings(null, false);

    /** The framework's (v3) package settings; only {@code artifact} and {@code individually} matter here. */
    static final List<String> KEYS = List.of("artifact", "individually", "patterns", "include", "exclude",
            "excludeDevDependencies");

    static PackageSettings read(YamlNode node, String what) {
        if (Values.isAbsent(node)) {
            return NONE;
        }
        YamlNode.Mapping settings = Values.mapping(node, what);
        KeyCheck.onlyKnownKeys(settings, KEYS, what);
        String artifact = settings.get("artifact") == null ? null
                : Values.text(settings.get("artifact"), what + ".artifact");
        boolean individually = settings.get("individually") != null
                && Values.bool(settings.get("individually"), what + ".individually");
        return new PackageSettings(artifact, individually);
    }

    /**
     * The artifact a function deploys, as the framework picks it: the function's own; else, unless
     * functions are packaged individually (then the framework zips each one itself), the service's.
     *
     * @return null when neither names an artifact
     */
    static String artifactOf(PackageSettings function, PackageSettings service) {
        if (function.artifact() != null) {
            return function.artifact();
        }
        return function.individually() || service.individually() ? null : service.artifact();
    }
}
