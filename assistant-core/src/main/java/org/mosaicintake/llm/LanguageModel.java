package org.mosaicintake.llm;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.config.MosaicConfig;
import org.mosaicintake.dialogue.Reflector;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.summary.Narrative;
import org.mosaicintake.understanding.Understanding;

/**
 * The clinic's optional language model, behind the deterministic path: every call is counted, and
 * any error, time-out or guardrail failure gives empty, so the caller uses its own text. Disabled
 * (the default) it calls nothing. Callers check consent and risk first: the dialogue reflects only
 * on words the risk detector found clear. Logs the task and the reason of a fallback, never text.
 */
@ApplicationScoped
public class LanguageModel implements Reflector {

    private static final Logger LOG = Logger.getLogger(LanguageModel.class);
    /** Similarity given to a problem only the model names: enough to count, not enough to rank it moderate. */
    static final double MODEL_EVIDENCE = 0.5;

    private final IntakeAssistant assistant;
    private final MosaicConfig.Llm config;
    private final LlmMetrics metrics;

    /** Calls to the model at once, at most; beyond them a call falls back at once rather than queue (SmallRye Fault Tolerance). */
    static final int CONCURRENT_CALLS = 16;

    private final io.smallrye.faulttolerance.api.Guard guard;

    public LanguageModel(IntakeAssistant assistant, MosaicConfig config, LlmMetrics metrics) {
        this.assistant = assistant;
        this.config = config.llm();
        this.metrics = metrics;
        // the HTTP client has the time-out too; this one also bounds a call that never gets to the network
        this.guard = io.smallrye.faulttolerance.api.Guard.create().withDescription("language-model")
                .withBulkhead().limit(CONCURRENT_CALLS).done()
                .withTimeout().duration(this.config.timeout().toMillis() + 500, java.time.temporal.ChronoUnit.MILLIS).done()
                .build();
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** Whether this clinic's clients' words may go to the model: the service has one, and the clinic's consent text says so. */
    public boolean consentedBy(Clinic clinic) {
        return config.enabled() && clinic != null && clinic.languageModel;
    }

    @Override
    public Optional<String> reflect(String stepId, String text, String locale) {
        return call("reflection", () -> assistant.reflect(framed(locale, text))).map(String::strip);
    }

    /** What the model reads in the client's words: evidence to add, and goals in their words. */
    public record Reading(Understanding evidence, List<String> goals) {
    }

    public Optional<Reading> read(String clientWords, String locale) {
        return call("extraction", () -> assistant.read(framed(locale, clientWords))).map(LanguageModel::checked);
    }

    public Optional<Narrative> narrate(Formulation formulation, String clientWords, String locale) {
        String input = "Findings: " + Narrative.of(formulation).text() + "\n\nThe client's words:\n" + clientWords;
        return call("narrative", () -> assistant.narrate(framed(locale, input)))
                .map(text -> new Narrative(text.strip(), true, config.model()));
    }

    private <T> Optional<T> call(String task, Supplier<T> call) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        metrics.called(task);
        try {
            @SuppressWarnings("unchecked")
            T result = (T) guard.get(call::get, Object.class);
            if (result == null) {
                return fallBack(task, "empty");
            }
            return Optional.of(result);
        } catch (dev.langchain4j.guardrail.InputGuardrailException e) {
            return fallBack(task, "input_guardrail");
        } catch (dev.langchain4j.guardrail.OutputGuardrailException e) {
            return fallBack(task, "output_guardrail");
        } catch (RuntimeException | LinkageError e) {
            // whatever happens in the client library, the client's turn goes on with the deterministic text
            return fallBack(task, reason(e));
        }
    }

    private <T> Optional<T> fallBack(String task, String reason) {
        metrics.fellBack(task, reason);
        LOG.warnf("Language model %s: falling back to the deterministic path (%s)", task, reason);
        return Optional.empty();
    }

    /** A fixed word for what went wrong: the exception's message may quote text, so it is never used. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName().toLowerCase(java.util.Locale.ROOT);
            if (name.contains("timeout")) {
                return "timeout";
            }
            if (name.contains("bulkhead")) {
                return "busy";
            }
            if (t instanceof java.net.ConnectException || name.contains("connect")) {
                return "unavailable";
            }
        }
        return "error";
    }

    private static String framed(String locale, String text) {
        return "Reply language: " + ("es".equals(locale) ? "Spanish" : "English") + "\n\n" + text;
    }

    private static Reading checked(StoryReading reading) {
        Map<ProblemCode, Double> problems = new EnumMap<>(ProblemCode.class);
        if (reading.problems() != null) {
            for (String code : reading.problems()) {
                known(ProblemCode.class, code).ifPresent(p -> problems.put(p, MODEL_EVIDENCE));
            }
        }
        Map<BasicIdDomain, Integer> salience = new EnumMap<>(BasicIdDomain.class);
        if (reading.salience() != null) {
            reading.salience().forEach((domain, level) -> known(BasicIdDomain.class, domain)
                    .filter(d -> level != null && level >= 0 && level <= 3).ifPresent(d -> salience.put(d, level)));
        }
        List<String> goals = new ArrayList<>();
        if (reading.goals() != null) {
            reading.goals().stream().filter(g -> g != null && !g.isBlank()).map(String::strip)
                    .map(g -> g.length() > 300 ? g.substring(0, 300) : g).limit(10).forEach(goals::add);
        }
        return new Reading(new Understanding(problems, salience, true), goals);
    }

    private static <E extends Enum<E>> Optional<E> known(Class<E> type, String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
