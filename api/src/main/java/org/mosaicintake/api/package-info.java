/**
 * The Mosaic plugin contract, version 1.0.
 *
 * <p>A modality plugin implements {@link org.mosaicintake.api.ModalityProvider} and returns an
 * immutable {@link org.mosaicintake.api.ModalityCatalog}. Every value type here is immutable,
 * thread-safe and validated when constructed, with messages naming the field. Only JDK and PF4J
 * types appear in signatures. Within a major version the contract only grows.
 *
 * @since 1.0
 */
package org.mosaicintake.api;
