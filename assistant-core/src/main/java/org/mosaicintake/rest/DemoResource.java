package org.mosaicintake.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A fictional clinic's page with the widget, to try Mosaic as a client would meet it. */
@Path("/demo")
public class DemoResource {

    private static final String PAGE = read();

    private final org.mosaicintake.config.MosaicConfig config;

    public DemoResource(org.mosaicintake.config.MosaicConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        if (!config.demo().enabled()) {
            throw new jakarta.ws.rs.NotFoundException("The demo is switched off here.");
        }
        return PAGE;
    }

    private static String read() {
        try (InputStream in = DemoResource.class.getResourceAsStream("/mosaic-widget/demo.html")) {
            if (in == null) {
                throw new IllegalStateException("/mosaic-widget/demo.html is missing: is mosaic-ui-widget on the class path?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
