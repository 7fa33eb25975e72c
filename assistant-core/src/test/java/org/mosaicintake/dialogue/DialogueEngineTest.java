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

    @Nested
    class Harm_to_others {

        private EngineDriver disclosed(String words) {
            EngineDriver intake = new EngineDriver(new org.mosaicintake.risk.PhraseRiskDetector(), "en").advanceTo("story");
            intake.text(words);
            return intake;
        }

        @Test
        void should_ask_who_and_about_intent_means_and_weapons_then_the_asq_with_its_own_flag() {
            EngineDriver intake = disclosed("If my boss humiliates me again I swear I'll beat the crap out of him.");
            assertThat(intake.prompt()).isEqualTo("risk.hto.who");
            assertThat(intake.last.crisis().pathway()).isEqualTo(org.mosaicintake.risk.RiskPathway.HARM_TO_OTHERS);
            assertThat(intake.last.crisis().message()).contains("courage").contains("a clinician will talk with you");
            assertThat(intake.state.flags).containsExactly("HARM_TO_OTHERS");
            intake.choice("work");
            intake.choice("weekly");
            intake.choice("0"); // intent
            intake.choice("0"); // plan
            intake.choice("1"); // hurt someone before
            intake.choice("0"); // weapon
            assertThat(intake.prompt()).isEqualTo("asq.1");
            for (int i = 0; i < 4; i++) {
                intake.choice("0");
            }
            assertThat(intake.prompt()).isEqualTo("phq9.1");
            assertThat(intake.state.urgent).isFalse();
            assertThat(intake.state.risk).isEqualTo(RiskLevel.LOW);
            assertThat(intake.last.crisis().pathway()).isEqualTo(org.mosaicintake.risk.RiskPathway.HARM_TO_OTHERS);
        }

        @Test
        void should_be_urgent_with_an_identifiable_person_and_intent_or_means_or_any_child() {
            EngineDriver withMeans = disclosed("I'm going to hurt my ex when I see him.");
            withMeans.choice("partner");
            withMeans.choice("daily");
            withMeans.choice("0");
            withMeans.choice("0");
            withMeans.choice("0");
            withMeans.choice("1"); // a weapon
            assertThat(withMeans.prompt()).isEqualTo("asq.1");
            for (int i = 0; i < 4; i++) {
                withMeans.choice("0");
            }
            assertThat(withMeans.state.urgent).isTrue();
            assertThat(withMeans.state.riskTriggers).contains("harm to others: an identifiable person, with intent, a plan or means");

            EngineDriver child = disclosed("When the baby won't stop crying I want to shake the baby.");
            assertThat(child.prompt()).isEqualTo("risk.hto.who");
            child.choice("child");
            child.choice("rare");
            while (child.prompt().startsWith("risk.") || child.prompt().startsWith("asq.")) {
                child.choice("0");
            }
            assertThat(child.state.urgent).isTrue();
            assertThat(child.state.riskTriggers).contains("harm to others: a child (safeguarding)");
        }
    }

    @Nested
    class Intrusive_thoughts {

        private EngineDriver disclosed() {
            EngineDriver intake = new EngineDriver(new org.mosaicintake.risk.PhraseRiskDetector(), "en").advanceTo("story");
            TurnOutcome r = intake.text("Since my daughter was born I get these flashes of hurting her, like dropping her down the stairs. "
                    + "They horrify me and I would never do it.");
            assertThat(r.prompt().id()).isEqualTo("risk.it.unwanted");
            assertThat(r.crisis()).as("not handled as a threat: no crisis block").isNull();
            assertThat(r.messages()).anyMatch(msg -> msg.contains("does not make someone dangerous"));
            return intake;
        }

        @Test
        void should_be_flagged_for_review_with_a_normalising_message_and_never_the_threat_questions_or_the_asq() {
            EngineDriver intake = disclosed();
            intake.choice("1"); // unwanted, against who I am
            TurnOutcome r = intake.choice("0"); // no voices
            assertThat(r.prompt().id()).isEqualTo("phq9.1");
            assertThat(r.crisis()).isNull();
            assertThat(r.messages()).anyMatch(msg -> msg.contains("common") && msg.contains("without judgement"));
            assertThat(intake.asked).noneMatch(id -> id.startsWith("risk.hto.") || id.startsWith("asq."));
            assertThat(intake.state.flags).containsExactly("INTRUSIVE_THOUGHTS");
            assertThat(intake.state.urgent).isFalse();
            assertThat(intake.state.risk).isEqualTo(RiskLevel.NONE);
            assertThat(intake.state.riskTriggers).anyMatch(t -> t.contains("possible OCD"));
        }

        @Test
        void should_be_urgent_when_a_voice_comes_with_them() {
            EngineDriver intake = disclosed();
            intake.choice("1");
            TurnOutcome r = intake.choice("1"); // a voice
            assertThat(r.prompt().id()).isEqualTo("phq9.1");
            assertThat(intake.state.urgent).isTrue();
            assertThat(r.crisis().pathway()).isEqualTo(org.mosaicintake.risk.RiskPathway.HARM_TO_OTHERS);
            assertThat(r.crisis().message()).contains("contact you soon");
        }

        @Test
        void should_ask_the_harm_questions_and_the_asq_and_be_urgent_when_the_thoughts_are_not_felt_as_alien() {
            EngineDriver intake = disclosed();
            intake.choice("unsure");
            intake.choice("0");
            assertThat(intake.prompt()).isEqualTo("risk.hto.who");
            while (intake.prompt().startsWith("risk.") || intake.prompt().startsWith("asq.")) {
                intake.choice(intake.prompt().equals("risk.hto.who") ? "child" : intake.prompt().equals("risk.hto.often") ? "rare" : "0");
            }
            assertThat(intake.asked).contains("asq.1");
            assertThat(intake.state.urgent).isTrue();
            assertThat(intake.state.flags).contains("INTRUSIVE_THOUGHTS", "HARM_TO_OTHERS");
        }
    }

    @Nested
    class Shorter_and_warmer {

        @Test
        void should_reflect_the_story_and_not_ask_again_about_what_it_already_covers() {
            EngineDriver intake = EngineDriver.start().advanceTo("story");
            TurnOutcome after = intake.text("Since my divorce I argue with my ex all the time and I can't sleep.");
            assertThat(after.messages()).anyMatch(msg -> msg.contains("your relationships") && msg.contains("your health, sleep"));
            intake.completeWith(Map.of());
            assertThat(intake.asked).doesNotContain("basicid.interpersonal", "basicid.drugs_biology")
                    .contains("basicid.imagery");
        }

        @Test
        void should_not_ask_for_a_rating_after_a_skip_or_a_no() {
            EngineDriver intake = EngineDriver.start().advanceTo("basicid.imagery");
            intake.text("No, not really");
            assertThat(intake.prompt()).isNotEqualTo("basicid.imagery.rating");
            EngineDriver words = EngineDriver.start().advanceTo("basicid.imagery");
            words.text("I picture the day it happened");
            assertThat(words.prompt()).isEqualTo("basicid.imagery.rating");
        }

        @Test
        void should_not_ask_for_a_rating_when_the_words_already_say_how_much() {
            EngineDriver often = EngineDriver.start().advanceTo("basicid.imagery");
            often.text("I see the crash every night when I close my eyes");
            assertThat(often.prompt()).isNotEqualTo("basicid.imagery.rating");
            EngineDriver little = EngineDriver.start().advanceTo("basicid.imagery");
            little.text("Now and then a memory of it comes back");
            assertThat(little.prompt()).isNotEqualTo("basicid.imagery.rating");
            EngineDriver denied = EngineDriver.start().advanceTo("basicid.imagery");
            denied.text("Not every night, but the crash comes back");
            assertThat(denied.prompt()).isEqualTo("basicid.imagery.rating");
        }

        @Test
        void should_not_ask_about_a_domain_an_earlier_answer_already_spoke_of() {
            EngineDriver intake = EngineDriver.start().advanceTo("basicid.behavior");
            intake.text("I've stopped seeing my friends and I'm drinking more in the evenings");
            intake.completeWith(Map.of());
            assertThat(intake.asked).doesNotContain("basicid.interpersonal", "basicid.drugs_biology").contains("basicid.imagery");
        }

        @Test
        void should_ask_which_way_of_working_to_avoid_only_of_a_client_who_speaks_of_therapy() {
            EngineDriver naive = EngineDriver.start();
            naive.completeWith(Map.of("story", "I've been feeling low since the winter and I can't get going."));
            assertThat(naive.asked).contains("style").doesNotContain("avoid");
            EngineDriver before = EngineDriver.start();
            before.completeWith(Map.of("story", "I saw a counsellor a few years ago and it didn't really help. Now the low mood is back."));
            assertThat(before.asked).containsSubsequence("style", "avoid");
            EngineDriver later = EngineDriver.start();
            later.completeWith(Map.of("basicid.cognition", "I tried CBT once and the thought records felt like homework"));
            assertThat(later.asked).contains("avoid");
        }

        @Test
        void should_leave_out_health_questions_no_proposed_technique_needs() {
            EngineDriver calm = EngineDriver.start();
            calm.completeWith(Map.of());
            assertThat(calm.asked).doesNotContain("health.heart", "health.seizures", "perinatal", "dissociation.1", "zfocs.1");
            EngineDriver panic = EngineDriver.start();
            panic.completeWith(Map.of("panic.1", "1", "panic.2", "1", "panic.3", "1", "panic.4", "1"));
            assertThat(panic.asked).contains("health.heart", "health.seizures", "perinatal");
        }

        @Test
        void should_follow_the_who_skip_rule_of_the_audit() {
            EngineDriver intake = EngineDriver.start();
            intake.completeWith(Map.of("auditc.1", "3", "auditc.2", "0", "auditc.3", "0"));
            assertThat(intake.asked).contains("audit.9", "audit.10").doesNotContain("audit.4", "audit.8");
            var scores = new org.mosaicintake.instruments.Scoring(org.mosaicintake.instruments.Bands.STANDARD).score(intake.state::answer, org.mosaicintake.findings.PluginFindings.NONE);
            assertThat(scores.get(org.mosaicintake.instruments.Instrument.AUDIT).total()).isEqualTo(3);
        }

        @Test
        void should_read_the_audit_c_at_the_men_s_cut_off_for_a_client_who_says_he_is_a_man() {
            Map<String, Object> three = Map.of("auditc.1", "2", "auditc.2", "1", "auditc.3", "0");
            EngineDriver unknown = EngineDriver.start();
            unknown.completeWith(three);
            assertThat(unknown.asked).as("3 is positive where sex is not known").contains("audit.4", "audit.10");
            Map<String, Object> man = new java.util.HashMap<>(three);
            man.put("story", "I'm a 45-year-old man, my marriage ended and I can't sleep.");
            EngineDriver him = EngineDriver.start();
            him.completeWith(man);
            assertThat(him.asked).as("4 for men (clinical reference, section 3)").contains("auditc.3").doesNotContain("audit.4", "audit.9", "audit.10");
            man.put("auditc.3", "1");
            EngineDriver four = EngineDriver.start();
            four.completeWith(man);
            assertThat(four.asked).contains("audit.4", "audit.10");
        }

        @Test
        void should_close_with_what_was_heard_and_take_a_correction() {
            EngineDriver intake = EngineDriver.start();
            intake.completeWith(Map.of("story", "My partner left and I feel so lonely.", "goals", "To enjoy weekends again.",
                    "style", "SKILLS", "heard", "correct"));
            assertThat(intake.asked).containsSubsequence("goals", "heard", "heard.correction");
            EngineDriver at = EngineDriver.start();
            at.answerUntilHeard(Map.of("story", "My partner left and I feel so lonely.", "goals", "To enjoy weekends again.", "style", "SKILLS"));
            String text = at.last.prompt().text();
            assertThat(text).startsWith("Before we finish, here is what I heard.").contains("your relationships")
                    .contains("\u201cTo enjoy weekends again.\u201d").contains("practical skills").endsWith("Is that right?");
            assertThat(text).as("only what the client said or endorsed: nothing about alcohol or trauma").doesNotContain("alcohol", "frightening");
            TurnOutcome fix = at.choice("correct");
            assertThat(fix.prompt().id()).isEqualTo("heard.correction");
            TurnOutcome done = at.text("It is my ex-partner, and I also miss my dog.");
            assertThat(done.status()).isEqualTo(IntakeStatus.COMPLETED);
            assertThat(at.state.clientWords()).contains("miss my dog");
        }

        @Test
        void should_define_the_standard_drink_before_the_first_question_that_counts_drinks() {
            EngineDriver intake = EngineDriver.start().advanceTo("auditc.1");
            assertThat(intake.last.messages()).anyMatch(msg -> msg.contains("One standard drink is a small glass of wine"));
        }

        @Test
        void should_drop_control_characters_from_the_client_s_words() {
            EngineDriver intake = EngineDriver.start().advanceTo("story");
            intake.text("I feel\u0000 low\u0007 and\r\ntired.");
            assertThat(intake.state.texts.get("story")).isEqualTo("I feel low and\ntired.");
        }

        @Test
        void should_go_on_where_an_intake_from_the_earlier_script_stood() {
            EngineDriver intake = EngineDriver.start().advanceTo("basicid.behavior");
            intake.state.current = "basicid.behavior.confirm"; // a step of the 2026.11 script
            TurnOutcome resumed = intake.engine.resume(intake.state, intake.ctx);
            assertThat(resumed.prompt().id()).isEqualTo("basicid.behavior");
            assertThat(intake.state.answers).containsKeys("consent", "story", "phq9.9");
        }
    }

    @Nested
    class A_repeat_disclosure {

        @Test
        void should_get_a_check_back_not_the_whole_screen_and_the_screen_again_when_it_has_got_worse() {
            EngineDriver intake = EngineDriver.start().advanceTo("story");
            intake.text("I think about suicide sometimes.");
            for (int i = 0; i < 4; i++) {
                intake.choice("0");
            }
            intake.advanceTo("goals");
            TurnOutcome r = intake.text("To stop thinking about suicide so much.");
            assertThat(r.prompt().id()).isEqualTo("risk.checkback");
            assertThat(r.crisis().pathway()).isEqualTo(org.mosaicintake.risk.RiskPathway.SUICIDE);
            assertThat(r.prompt().text()).startsWith("Earlier you told me");
            TurnOutcome same = intake.choice("same");
            assertThat(same.prompt().id()).as("back to the script: the closing summary").isEqualTo("heard");
            assertThat(same.messages()).anyMatch(msg -> msg.contains("with your clinician"));
            assertThat(intake.asked.stream().filter("asq.1"::equals).count()).isEqualTo(1);

            EngineDriver worse = EngineDriver.start().advanceTo("story");
            worse.text("I think about suicide sometimes.");
            for (int i = 0; i < 4; i++) {
                worse.choice("0");
            }
            worse.advanceTo("goals");
            worse.text("Less suicide thoughts.");
            TurnOutcome again = worse.choice("worse");
            assertThat(again.prompt().id()).isEqualTo("asq.1");
        }

        @Test
        void should_get_the_whole_screen_when_the_new_words_are_more_severe_or_another_danger() {
            EngineDriver intake = new EngineDriver(new org.mosaicintake.risk.PhraseRiskDetector(), "en").advanceTo("story");
            intake.text("Sometimes I feel like a burden to everyone.");
            assertThat(intake.prompt()).isEqualTo("asq.1");
            for (int i = 0; i < 4; i++) {
                intake.choice("0");
            }
            intake.advanceTo("goals");
            TurnOutcome r = intake.text("Honestly I want to kill myself.");
            assertThat(r.prompt().id()).as("explicit after passive: more severe").isEqualTo("asq.1");

            EngineDriver other = new EngineDriver(new org.mosaicintake.risk.PhraseRiskDetector(), "en").advanceTo("story");
            other.text("Sometimes I feel like a burden to everyone.");
            for (int i = 0; i < 4; i++) {
                other.choice("0");
            }
            other.advanceTo("goals");
            assertThat(other.text("My husband hits me.").prompt().id()).isEqualTo("risk.vah.safe");
        }
    }

    @Nested
    class When_the_detector_is_unsure {

        @Test
        void should_ask_one_gentle_check_question_and_go_on_when_the_answer_is_no() {
            EngineDriver intake = EngineDriver.start().advanceTo("story");
            TurnOutcome r = intake.text("Everything feels so heavy lately.");
            assertThat(r.prompt().id()).isEqualTo("risk.check");
            assertThat(r.crisis()).isNull();
            assertThat(r.messages()).anyMatch(msg -> msg.contains("as I do with everyone"));
            assertThat(intake.state.answers).containsEntry("story", "text");
            TurnOutcome no = intake.choice("0");
            assertThat(no.prompt().id()).isEqualTo("phq9.1");
            assertThat(no.messages()).anyMatch(msg -> msg.contains("If that ever changes"));
            assertThat(intake.state.risk).isEqualTo(RiskLevel.NONE);
            assertThat(intake.state.screen).isEqualTo(IntakeState.Screen.NONE);
        }

        @Test
        void should_open_the_asq_when_the_answer_is_yes_or_declined() {
            for (String answer : java.util.List.of("1", "declined")) {
                EngineDriver intake = EngineDriver.start().advanceTo("story");
                intake.text("Everything feels so heavy lately.");
                TurnOutcome r = intake.choice(answer);
                assertThat(r.prompt().id()).isEqualTo("asq.1");
                assertThat(r.crisis().pathway()).isEqualTo(org.mosaicintake.risk.RiskPathway.SUICIDE);
                for (int i = 0; i < 4; i++) {
                    intake.choice("0");
                }
                assertThat(intake.prompt()).isEqualTo("phq9.1");
                assertThat(intake.state.risk).isEqualTo(RiskLevel.LOW);
            }
        }
    }
}
