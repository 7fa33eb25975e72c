package org.mosaicintake.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.risk.CrisisResource;
import org.mosaicintake.risk.RiskSignal;

/**
 * The dialogue engine on its own (no Quarkus, no database): the script's order, answers validated
 * against the prompt, free text read for risk first and failing closed, the ASQ's outcomes, going
 * back, and consent.
 */
class DialogueEngineTest {

    @Nested
    class The_script {

        @Test
        void should_open_with_consent_and_ask_every_phq9_and_gad7_item_to_the_end() {
            EngineDriver intake = EngineDriver.start();
            assertThat(intake.prompt()).isEqualTo("consent");
            TurnOutcome end = intake.completeWith(Map.of("story", "Work has been stressful and I sleep badly."));
            assertThat(end.status()).isEqualTo(IntakeStatus.COMPLETED);
            assertThat(end.prompt()).isNull();
            assertThat(intake.asked).containsSubsequence("consent", "story", "phq9.1", "phq9.9", "gad7.1", "gad7.7")
                    .contains("phq9.2", "phq9.3", "phq9.4", "phq9.5", "phq9.6", "phq9.7", "phq9.8",
                            "gad7.2", "gad7.3", "gad7.4", "gad7.5", "gad7.6");
            assertThat(intake.state.texts).containsEntry("story", "Work has been stressful and I sleep badly.");
            assertThat(intake.state.risk).isEqualTo(RiskLevel.NONE);
        }

        @Test
        void should_give_the_verbatim_phq9_item_and_frequency_options() {
            EngineDriver intake = EngineDriver.start().advanceTo("phq9.1");
            assertThat(intake.last.prompt().text()).contains("Little interest or pleasure in doing things");
            assertThat(intake.last.prompt().options()).extracting(Prompt.Option::label)
                    .containsExactly("Not at all", "Several days", "More than half the days", "Nearly every day");
        }

        @Test
        void should_take_words_at_a_choice_prompt_when_they_clearly_name_an_option() {
            EngineDriver intake = EngineDriver.start().advanceTo("phq9.1");
            intake.text("nearly every day to be honest");
            assertThat(intake.state.answer("phq9.1")).isEqualTo("3");
            assertThat(intake.prompt()).isEqualTo("phq9.2");
        }

        @Test
        void should_ask_again_when_the_words_fit_no_option() {
            EngineDriver intake = EngineDriver.start().advanceTo("phq9.1");
            TurnOutcome again = intake.text("purple");
            assertThat(again.prompt().id()).isEqualTo("phq9.1");
            assertThat(intake.state.has("phq9.1")).isFalse();
        }

        @Test
        void should_go_back_to_the_previous_prompt() {
            EngineDriver intake = EngineDriver.start().advanceTo("phq9.2");
            assertThat(intake.back().prompt().id()).isEqualTo("phq9.1");
        }

        @Test
        void should_close_with_nothing_kept_when_consent_is_declined() {
            EngineDriver intake = EngineDriver.start();
            TurnOutcome declined = intake.choice("decline");
            assertThat(declined.status()).isEqualTo(IntakeStatus.WITHDRAWN);
            assertThat(declined.prompt()).isNull();
            assertThat(declined.messages()).singleElement().asString().contains("Harbour Street Counselling");
        }

        @Test
        void should_refuse_more_answers_once_closed() {
            EngineDriver intake = EngineDriver.start();
            intake.choice("decline");
            assertThatThrownBy(() -> intake.choice("agree")).isInstanceOf(IntakeClosedException.class);
        }
    }

    @Nested
    class Bad_answers {

        @Test
        void should_name_the_body_when_two_answers_are_given() {
            EngineDriver intake = EngineDriver.start();
            assertThatThrownBy(() -> intake.turn(new TurnInput("yes", "agree", null, false)))
                    .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.field()).isEqualTo("body"));
        }

        @Test
        void should_name_the_choice_when_it_is_not_an_option() {
            EngineDriver intake = EngineDriver.start().advanceTo("phq9.1");
            assertThatThrownBy(() -> intake.choice("7"))
                    .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.field()).isEqualTo("choice"));
            assertThat(intake.state.has("phq9.1")).isFalse();
        }

        @Test
        void should_name_the_text_when_it_is_empty_or_too_long() {
            EngineDriver intake = EngineDriver.start().advanceTo("story");
            assertThatThrownBy(() -> intake.text("   "))
                    .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.field()).isEqualTo("text"));
            assertThatThrownBy(() -> intake.text("a".repeat(4001)))
                    .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.field()).isEqualTo("text"));
        }
    }

    @Nested
    class Risk {

        @Test
        void should_open_the_asq_with_the_crisis_block_when_the_story_is_flagged() {
            EngineDriver intake = EngineDriver.start().advanceTo("story");
            TurnOutcome r = intake.text("I keep thinking about suicide.");
            assertThat(r.prompt().id()).isEqualTo("asq.1");
            assertThat(r.prompt().text()).isEqualTo("In the past few weeks, have you wished you were dead?");
            assertThat(r.crisis().level()).isEqualTo(RiskLevel.LOW);
            assertThat(r.crisis().resources()).extracting(CrisisResource::phone).contains("988");
            assertThat(intake.state.texts.get("story")).isEqualTo("I keep thinking about suicide.");
        }

        @Test
        void should_fail_closed_when_the_detector_throws() {
            EngineDriver intake = new EngineDriver(text -> {
                throw new IllegalStateException("model crashed");
            }, "en");
            intake.choice("agree");
            TurnOutcome r = intake.text("My sister and I argue about our mother's care.");
            assertThat(r.prompt().id()).isEqualTo("asq.1");
            assertThat(r.crisis().level()).isEqualTo(RiskLevel.LOW);
        }

        @Test
        void should_fail_closed_when_the_detector_says_it_could_not_read() {
            EngineDriver intake = new EngineDriver(text -> RiskSignal.failedClosed(), "en");
            intake.choice("agree");
            assertThat(intake.text("Work is busy.").prompt().id()).isEqualTo("asq.1");
        }

        @Test
        void should_route_phq9_item_9_above_zero_to_the_screen_and_return_after_a_negative_one() {
            EngineDriver intake = EngineDriver.start().advanceTo("phq9.9");
            assertThat(intake.choice("1").prompt().id()).isEqualTo("asq.1");
            intake.choice("0");
            intake.choice("0");
            intake.choice("0");
            TurnOutcome back = intake.choice("0");
            assertThat(back.prompt().id()).isEqualTo("phq9.difficulty");
            assertThat(intake.state.risk).isEqualTo(RiskLevel.LOW);
            assertThat(back.status()).isEqualTo(IntakeStatus.IN_PROGRESS);
        }

        @Test
        void should_continue_at_moderate_risk_after_a_positive_non_acute_screen() {
            EngineDriver intake = EngineDriver.start().advanceTo("phq9.9");
            intake.choice("1");
            intake.choice("1");
            intake.choice("0");
            intake.choice("0");
            intake.choice("0");
            TurnOutcome r = intake.choice("0");
            assertThat(r.status()).isEqualTo(IntakeStatus.IN_PROGRESS);
            assertThat(r.crisis().level()).isEqualTo(RiskLevel.MODERATE);
            assertThat(intake.state.risk).isEqualTo(RiskLevel.MODERATE);
        }

        @Test
        void should_escalate_and_stop_asking_after_an_acute_screen() {
            EngineDriver intake = EngineDriver.start().advanceTo("story");
            intake.text("I have been thinking about suicide");
            intake.choice("1");
            intake.choice("0");
            intake.choice("1");
            intake.choice("0");
            TurnOutcome r = intake.choice("1");
            assertThat(r.status()).isEqualTo(IntakeStatus.ESCALATED);
            assertThat(r.prompt()).isNull();
            assertThat(r.crisis().level()).isEqualTo(RiskLevel.IMMINENT);
            assertThat(intake.state.risk).isEqualTo(RiskLevel.IMMINENT);
        }

        @Test
        void should_read_risk_in_words_typed_at_a_questionnaire_item_and_ask_the_item_later() {
            EngineDriver intake = EngineDriver.start().advanceTo("phq9.4");
            assertThat(intake.text("honestly suicide is on my mind").prompt().id()).isEqualTo("asq.1");
            for (int i = 0; i < 4; i++) {
                intake.choice("0");
            }
            assertThat(intake.asked).containsSubsequence("asq.1", "asq.4", "phq9.4");
        }
    }

    @Nested
    class Violence_at_home {

        private EngineDriver disclosed() {
            EngineDriver intake = EngineDriver.start().advanceTo("story");
            TurnOutcome r = intake.text("My husband hits me when he drinks and I am scared of him.");
            assertThat(r.prompt().id()).isEqualTo("risk.vah.safe");
            assertThat(r.crisis().pathway()).isEqualTo(org.mosaicintake.risk.RiskPathway.VIOLENCE_AT_HOME);
            assertThat(r.crisis().resources()).extracting(CrisisResource::phone).containsExactly("1-800-799-7233");
            assertThat(r.crisis().message()).contains("not your fault").contains("close this chat quickly").contains("911");
            assertThat(intake.state.flags).containsExactly("UNSAFE_ENVIRONMENT");
            return intake;
        }

        @Test
        void should_ask_whether_it_is_safe_to_talk_then_about_danger_then_the_asq_never_the_asq_alone() {
            EngineDriver intake = disclosed();
            intake.choice("1");
            for (int i = 0; i < 9; i++) {
                intake.choice("0");
            }
            assertThat(intake.asked).containsSubsequence("risk.vah.safe", "risk.vah.afraid", "risk.vah.strangled", "risk.vah.children", "asq.1");
            for (int i = 0; i < 4; i++) {
                intake.choice("0");
            }
            assertThat(intake.prompt()).isEqualTo("phq9.1");
            assertThat(intake.state.urgent).isFalse();
            assertThat(intake.last.crisis().pathway()).isEqualTo(org.mosaicintake.risk.RiskPathway.VIOLENCE_AT_HOME);
        }

        @Test
        void should_make_the_intake_urgent_when_the_client_is_afraid_to_go_home_or_a_danger_marker_is_present() {
            EngineDriver intake = disclosed();
            intake.choice("1"); // safe to talk
            intake.choice("1"); // together
            intake.choice("0"); // afraid to go home now
            intake.choice("0"); // threats to kill
            intake.choice("1"); // strangled
            while (intake.prompt().startsWith("risk.") || intake.prompt().startsWith("asq.")) {
                intake.choice("0");
            }
            assertThat(intake.state.urgent).isTrue();
            assertThat(intake.state.riskTriggers).contains("violence at home: danger markers");
            assertThat(intake.state.risk).isEqualTo(RiskLevel.LOW);
        }

        @Test
        void should_stop_asking_when_it_is_not_safe_to_talk() {
            EngineDriver intake = disclosed();
            TurnOutcome r = intake.choice("0");
            assertThat(r.prompt().id()).isEqualTo("phq9.1");
            assertThat(intake.asked).doesNotContain("risk.vah.afraid", "asq.1");
            assertThat(intake.state.urgent).isTrue();
            assertThat(r.crisis().pathway()).isEqualTo(org.mosaicintake.risk.RiskPathway.VIOLENCE_AT_HOME);
        }
    }

    @Nested
    class Self_harm {

        @Test
        void should_ask_about_the_self_harm_then_the_asq_with_its_own_help_and_flag() {
            EngineDriver intake = EngineDriver.start().advanceTo("story");
            TurnOutcome r = intake.text("I cut myself most weeks when it gets too much.");
            assertThat(r.prompt().id()).isEqualTo("risk.sh.often");
            assertThat(r.crisis().pathway()).isEqualTo(org.mosaicintake.risk.RiskPathway.SELF_HARM);
            assertThat(r.crisis().message()).contains("not judgement").contains("medical help now").contains("911");
            assertThat(r.crisis().resources()).extracting(CrisisResource::phone).contains("988");
            assertThat(intake.state.flags).containsExactly("SELF_HARM");
            intake.choice("weekly");
            intake.choice("0");
            intake.choice("0");
            intake.choice("0");
            assertThat(intake.prompt()).isEqualTo("asq.1");
            for (int i = 0; i < 4; i++) {
                intake.choice("0");
            }
            assertThat(intake.prompt()).isEqualTo("phq9.1");
            assertThat(intake.state.urgent).isFalse();
            assertThat(intake.last.crisis().pathway()).isEqualTo(org.mosaicintake.risk.RiskPathway.SELF_HARM);
        }

        @Test
        void should_make_a_recent_overdose_urgent() {
            EngineDriver intake = EngineDriver.start().advanceTo("story");
            intake.text("I cut myself and last night I took a lot of my pills.");
            intake.choice("rare");
            intake.choice("1");
            while (intake.prompt().startsWith("risk.") || intake.prompt().startsWith("asq.")) {
                intake.choice("0");
            }
            assertThat(intake.state.urgent).isTrue();
            assertThat(intake.state.riskTriggers).contains("self-harm: recent overdose or self-poisoning");
        }
    }
}
