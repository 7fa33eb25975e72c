package org.mosaicintake.instruments;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Totals and severity bands of the instruments from the stored answers (clinical reference,
 * section 3). An instrument counts only when all its items that were asked are answered.
 */
public final class Scoring {

    private final Bands bands;

    public Scoring(Bands bands) {
        this.bands = java.util.Objects.requireNonNull(bands, "bands");
    }

    /** One instrument's result: total, band, and the answered items. */
    public record Result(int total, String band, Map<String, Integer> items) {
    }

    /**
     * The totals of the instruments answered so far, Mosaic's own and those a plugin's findings score.
     *
     * @param findings the enabled plugins' findings ({@link org.mosaicintake.findings.PluginFindings#NONE} for none)
     */
    public Map<Instrument, Result> score(Function<String, String> answers, org.mosaicintake.findings.PluginFindings findings) {
        return score(answers, findings, bands);
    }

    /**
     * The same, with one client's bands (for example {@link Bands#forMen()} for a client who describes
     * himself as a man).
     */
    public Map<Instrument, Result> score(Function<String, String> answers, org.mosaicintake.findings.PluginFindings findings, Bands bands) {
        Map<Instrument, Result> results = new EnumMap<>(Instrument.class);
        sum(answers, "phq9.", 9).ifPresent(items -> results.put(Instrument.PHQ9, result(bands, Instrument.PHQ9, items)));
        sum(answers, "gad7.", 7).ifPresent(items -> results.put(Instrument.GAD7, result(bands, Instrument.GAD7, items)));
        sum(answers, "wsas.", 5).ifPresent(items -> results.put(Instrument.WSAS, result(bands, Instrument.WSAS, items)));
        String drinks = answers.apply("auditc.1");
        if ("0".equals(drinks)) {
            results.put(Instrument.AUDITC, result(bands, Instrument.AUDITC, new LinkedHashMap<>(Map.of("auditc.1", 0))));
        } else {
            sum(answers, "auditc.", 3).ifPresent(items -> results.put(Instrument.AUDITC, result(bands, Instrument.AUDITC, items)));
        }
        // the WHO's own skip rule: with no points on AUDIT items 2 and 3, items 4 to 8 are skipped (scored 0)
        boolean skipRule = answers.apply("audit.4") == null && answers.apply("audit.9") != null
                && "0".equals(answers.apply("auditc.2")) && "0".equals(answers.apply("auditc.3"));
        Function<String, String> full = skipRule ? id -> id.matches("audit\\.[4-8]") ? "0" : answers.apply(id) : answers;
        if (results.containsKey(Instrument.AUDITC) && full.apply("audit.4") != null) {
            sum(full, "audit.", 10, 4).ifPresent(items -> {
                Map<String, Integer> all = new LinkedHashMap<>(results.get(Instrument.AUDITC).items());
                all.putAll(items);
                results.put(Instrument.AUDIT, result(bands, Instrument.AUDIT, all));
            });
        }
        sum(answers, "scoff.", 5).ifPresent(items -> results.put(Instrument.SCOFF, result(bands, Instrument.SCOFF, items)));
        // instruments whose questions a plugin asks (the PC-PTSD-5): their totals come from the plugin's findings
        for (org.mosaicintake.findings.PluginFindings.Outcome o : findings.evaluate(answers)) {
            java.util.Optional<Instrument> instrument = o.finding().score().flatMap(Instrument::byId);
            if (instrument.isPresent() && o.state() != org.mosaicintake.findings.PluginFindings.State.NOT_ANSWERED
                    && !results.containsKey(instrument.get())) {
                results.put(instrument.get(), new Result(o.total(), bands.of(instrument.get(), o.total()), o.items()));
            }
        }
        return results;
    }

    public Bands bands() {
        return bands;
    }

    private static Result result(Bands bands, Instrument instrument, Map<String, Integer> items) {
        int total = items.values().stream().mapToInt(Integer::intValue).sum();
        return new Result(total, bands.of(instrument, total), items);
    }

    private static java.util.Optional<Map<String, Integer>> sum(Function<String, String> answers, String prefix, int count) {
        return sum(answers, prefix, count, 1);
    }

    /** Items {@code prefix + from} to {@code prefix + to}, all answered with numbers, or empty. */
    private static java.util.Optional<Map<String, Integer>> sum(Function<String, String> answers, String prefix, int to, int from) {
        Map<String, Integer> items = new LinkedHashMap<>();
        boolean complete = IntStream.rangeClosed(from, to).allMatch(i -> {
            String v = answers.apply(prefix + i);
            if (v == null) {
                return false;
            }
            try {
                items.put(prefix + i, Integer.parseInt(v));
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        });
        return complete ? java.util.Optional.of(items) : java.util.Optional.empty();
    }
}
