"""Plain-language care instructions a patient takes home (US grade 8 or below)."""
from __future__ import annotations

from bot.skills.base import Field, Skill

FIELDS = (
    Field("condition", "Condition, in everyday words", placeholder="a sprained ankle",
          max_length=200, hint='Completes "Care instructions for ...".',
          aliases=("diagnosis", "dx", "problem", "for")),
    Field("explanation", "What it means, in everyday words", multiline=True, required=False,
          max_length=800, aliases=("explained", "teaching", "what it means", "about", "explain", "expl", "explanation", "info",
                            "what it is", "education", "patient education")),
    Field("steps", "What to do (one step per line)", multiline=True,
          hint="Short sentences, one action each.",
          aliases=("self-care", "self care", "home care steps", "to do", "what to do", "do", "care", "instructions", "home care")),
    Field("medications", "Medicines", multiline=True, required=False,
          hint="Name, how much, how often, and for how long.",
          aliases=("rx", "meds", "medicines", "medication", "medicine")),
    Field("avoid", "Things to avoid", multiline=True, required=False,
          aliases=("stay away from", "don't", "dont", "do not", "avoid")),
    Field("warning_signs", "Call the clinic if", multiline=True,
          hint="Signs that need a call to the clinic the same day.",
          aliases=("return precautions", "when to call", "warning signs", "call if", "call clinic if", "warnings")),
    Field("emergency_signs", "Go to the emergency room or call 911 if", multiline=True,
          aliases=("call 911", "go to l&d", "go to l&d if", "er/l&d", "emergency", "er if", "911 if", "go to er if", "emergency signs", "red flags")),
    Field("follow_up", "Follow-up", multiline=True,
          aliases=("follow up", "followup", "next visit", "return", "f/u", "fu")),
)

INSTRUCTIONS = """\
You help a clinician write care instructions for a patient to take home.
Conventions:
- Write to the patient as "you". Use short sentences and everyday words, at a US grade 8 reading \
level or below. Explain any medical word you must use.
- Use numbered steps for what to do, a short list for medicines (name, amount, how often, how \
long), and two clear lists: "Call your clinic if:" and "Go to the emergency room or call 911 if:".
- End with the follow-up plan. Under 350 words.
"""

SAMPLE = {
    "condition": "a sprained ankle",
    "explanation": (
        "The bands that hold your ankle bones together are stretched or torn. "
        "Most sprains heal in 2 to 6 weeks."
    ),
    "steps": (
        "Rest your ankle for 2 days. Walk only when you need to.\n"
        "Put ice on it for 15 to 20 minutes every 2 to 3 hours while you are awake. "
        "Wrap the ice in a thin towel.\n"
        "Keep your foot up on pillows when you sit or lie down.\n"
        "Wear the elastic wrap in the day. Take it off at night.\n"
        "After 2 days, move your ankle in slow circles if it does not hurt too much."
    ),
    "medications": (
        "Ibuprofen 400 mg by mouth every 6 to 8 hours with food, only if you need it for pain. "
        "Do not take more than 1,200 mg in one day."
    ),
    "avoid": "Do not play sports or run until you can walk without pain.",
    "warning_signs": (
        "The pain or swelling gets worse after 2 days.\n"
        "You still cannot put weight on your foot after 3 days.\n"
        "You get a rash or an upset stomach from the ibuprofen."
    ),
    "emergency_signs": (
        "Your foot or toes turn cold, pale or blue.\n"
        "Your foot or toes go numb.\n"
        "You have chest pain or trouble breathing."
    ),
    "follow_up": "See your primary care clinic in 1 to 2 weeks if you are not walking normally by then.",
}

SKILL = Skill(
    name="patient-instructions",
    title="Patient instructions",
    summary="Plain-language home care: numbered steps, medicines, when to call, when to go to the ER.",
    fields=FIELDS,
    template="patient_instructions.md.j2",
    template_version="patient-instructions/1.0",
    instructions=INSTRUCTIONS,
    required_facts=("condition", "medications", "emergency_signs", "follow_up"),
    main_field="condition",
    sample=SAMPLE,
    example=(
        "a sprained ankle; do: rest 2 days; ice 15 to 20 minutes every 2 to 3 hours; "
        "call if: pain worse after 2 days; 911 if: foot cold or blue; follow up: clinic in 1 to 2 weeks"
    ),
    patient_facing=True,
    max_grade=8.0,
)
