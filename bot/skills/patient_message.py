"""Reply to a patient's portal message: warm, clear, and with safety-net advice."""
from __future__ import annotations

from bot.skills.base import Field, Skill

FIELDS = (
    Field("question", "What the patient asked", max_length=500,
          hint='Completes "You asked ...", e.g. "if you should keep taking your new medicine".',
          aliases=("mom q", "dad q", "mom msg", "dad msg", "q from pt", "message from patient", "pt message", "parent msg", "parent message", "pt asks", "patient asks", "asked", "message", "patient question", "q", "pt q", "pt question", "parent q", "msg", "pt msg", "patient message",
                   "portal message", "question")),
    Field("answer_points", "Points to answer (one per line)", multiline=True,
          hint="Short sentences in everyday words.",
          aliases=("reply bullets", "provider response points", "answer for him", "answer for her", "say", "tell", "tell him", "tell her", "response points", "answer", "points", "reply", "response", "answers", "pts", "a", "key points", "ans", "response to include", "tell them")),
    Field("next_steps", "Next steps", multiline=True, required=False,
          aliases=("steps", "next", "plan", "follow up", "followup", "next steps")),
    Field("safety_net", "When to get help (safety-net advice)", multiline=True,
          hint="When to call the clinic, and when to call 911.",
          aliases=("safety net", "safety", "call if", "red flags", "warning signs", "return precautions")),
)

INSTRUCTIONS = """\
You help a clinician reply to a patient's message in the patient portal.
Conventions:
- Warm and respectful; write to the patient as "you". Thank them for the message and restate \
their question in one line.
- Answer with short sentences and everyday words, at a US grade 8 reading level or below.
- Give the next steps, then clear safety-net advice: when to call the clinic and when to call \
911, and for thoughts of self-harm or a mental health crisis, to call or text 988. Remind them not \
to use the portal for emergencies.
- Sign off as "Your care team". Under 250 words.
"""

SAMPLE = {
    "question": "if you should keep taking your new blood pressure pill, amlodipine, because your ankles are swollen",
    "answer_points": (
        "Swollen ankles are a common side effect of amlodipine.\n"
        "It is not usually harmful, but we do not want you to put up with it.\n"
        "Please keep taking it for now. Stopping it all at once can make your blood pressure go up.\n"
        "Raise your feet when you sit down. This can help the swelling go down."
    ),
    "next_steps": (
        "We will call you this week to set up a visit.\n"
        "At the visit we can lower the dose or change to a different medicine."
    ),
    "safety_net": (
        "Call us the same day if only one leg is swollen, or if your leg is red, hot or painful.\n"
        "Call 911 if you have chest pain, trouble breathing, or swelling of your face, lips or tongue."
    ),
}

SKILL = Skill(
    name="patient-message",
    title="Patient portal reply",
    summary="Warm, plain-language reply to a portal message, with when-to-get-help advice.",
    fields=FIELDS,
    template="patient_message.md.j2",
    template_version="patient-message/1.0",
    instructions=INSTRUCTIONS,
    required_facts=("answer_points", "safety_net"),
    main_field="question",
    sample=SAMPLE,
    example=(
        "if you should keep taking amlodipine because your ankles are swollen; "
        "answer: common side effect; keep taking it for now; "
        "safety net: call 911 if chest pain or trouble breathing"
    ),
    patient_facing=True,
    max_grade=8.0,
)
