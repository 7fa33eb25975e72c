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

    /** The version of the plugin contract this jar implements, in {@code major.minor.patch} form. */
    public static final String VERSION = "1.1.0";

    private MosaicApi() {
    }
}
