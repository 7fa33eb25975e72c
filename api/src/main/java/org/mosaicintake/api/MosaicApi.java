package org.mosaicintake.api;

/**
 * Facts about this version of the plugin contract.
 *
 * <p>The contract follows semantic versioning: within a major version only additions are made
 * (new types, new default methods, new enum constants), so a plugin built against 1.0 runs on
 * every 1.x host. A plugin declares the versions it works with in its manifest entry
 * {@code Plugin-Requires}, for example {@code >=1.0.0 & <2.0.0}; the host refuses (state FAILED)
 * a plugin whose requirement its {@link #VERSION} does not satisfy.
 *
 * @since 1.0
 */
public final class MosaicApi {

    /**
     * The version of the plugin contract this jar implements, in {@code major.minor.patch} form. Since
     * 1.1 it is read from the jar, where the build writes it from the api's pom.
     */
    public static final String VERSION = readVersion();

    /**
     * The classpath resource of the catalog's JSON Schema (draft 2020-12) in this jar: the format of
     * {@code catalog.json}, for plugin authors' builds and editors. The host checks the same rules,
     * and the cross-references the schema cannot express, when it loads a plugin.
     *
     * @since 1.1
     */
    public static final String CATALOG_SCHEMA = "org/mosaicintake/api/catalog.schema.json";

    private MosaicApi() {
    }

    private static String readVersion() {
        try (java.io.InputStream in = MosaicApi.class.getResourceAsStream("contract.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            String version = p.getProperty("version", "");
            if (!version.matches("\\d+\\.\\d+\\.\\d+")) {
                throw new IllegalStateException("the mosaic-api jar carries no contract version (contract.properties: '" + version + "')");
            }
            return version;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the mosaic-api jar's contract.properties cannot be read", e);
        }
    }
}
