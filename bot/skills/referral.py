"""Referral letter: the consultant's question first, then what they need to answer it."""
from __future__ import annotations

from bot.skills.base import Field, Skill

FIELDS = (
    Field("patient", "Patient (age and sex)", placeholder="62-year-old woman",
          hint="Age and sex only: no names, dates of birth or record numbers.", max_length=120,
          aliases=("pt", "age sex")),
    Field("referring_specialty", "Referring specialty or service", placeholder="Primary care",
          max_length=120, aliases=("requesting", "requesting svc", "requesting service", "requested by", "ordering dept", "ordering provider", "ordering", "referring dept", "sender", "from", "referring", "referring service", "referred by", "referring provider",
                   "referral from")),
    Field("receiving_specialty", "Receiving specialty", placeholder="Cardiology", max_length=120,
          aliases=("consult to", "consulting svc", "consulting", "referral to", "service", "svc", "consult service", "refer to service", "to", "specialty", "refer to", "consultant", "receiving", "referred to", "referring to",
                   "consulting service", "service requested")),
    Field("urgency", "Urgency", choices=("routine", "urgent", "emergent"),
          hint="routine, urgent or emergent", aliases=("priority",)),
    Field("clinical_question", "Question for the consultant", multiline=True,
          placeholder="Does she need stress testing or angiography?",
          hint="The specific question you want answered.", aliases=("what i want to know", "question for consultant", "specific question", "questions for consultant", "question", "ask", "q", "questions", "my question", "my questions",
                   "consult question")),
    Field("reason", "Reason for referral", multiline=True,
          placeholder="Exertional chest tightness for 3 weeks", aliases=("reason", "indication", "why", "dx", "diagnosis",
                   "reason for consult", "reason for referral", "concern")),
    Field("history", "Relevant history", multiline=True, required=False,
          aliases=("hx", "pmh", "background", "past history", "pmhx", "medical history",
                   "past medical history")),
    Field("medications", "Current medications", multiline=True,
          hint="Name, dose and frequency, one per line; write 'none' if none.",
          aliases=("rx", "current rx", "current", "home meds", "current medications", "home medications", "meds", "medication", "current meds", "drugs")),
    Field("allergies", "Allergies", hint="Drug and reaction, or 'no known drug allergies'.",
          max_length=500, aliases=("allergy", "nkda", "allergic to")),
    Field("results", "Relevant results", multiline=True, required=False,
          aliases=("pertinent labs", "pertinent results", "key results", "data", "studies", "lab", "lab results", "workup", "labs", "imaging", "investigations", "tests", "results")),
    Field("tried", "What has been tried", multiline=True, required=False,
          hint="Treatments so far and how the patient responded.",
          aliases=("tx tried", "treatment tried", "prior tx", "prior treatment", "prior treatments", "tried/failed", "failed", "prior", "tx so far", "tried", "treatment so far", "management so far", "management", "treatment")),
)

INSTRUCTIONS = """\
You help a clinician write a referral letter to a consultant in another specialty.
Conventions of a good referral:
- Open with the urgency and the specific question for the consultant, in one or two sentences.
- Then the reason for referral in a short paragraph, then relevant history, current medications \
with doses, allergies, relevant results with their values, and what has been tried and how the \
patient responded.
- Close by saying what the referrer wants (an opinion, a test, a procedure, or taking over care).
- Clinical, concise and courteous; under 400 words; headings and short bullet lists.
"""

SAMPLE = {
    "patient": "62-year-old woman",
    "referring_specialty": "Primary care (internal medicine)",
    "receiving_specialty": "Cardiology",
    "urgency": "urgent",
    "clinical_question": (
        "Does she need stress testing or coronary angiography, and should her medical therapy "
        "change while she waits?"
    ),
    "reason": (
        "Exertional chest tightness for 3 weeks, brought on by walking uphill and relieved by "
        "rest within 5 minutes. No symptoms at rest and no syncope."
    ),
    "history": (
        "Type 2 diabetes (HbA1c 7.4% last month)\nHypertension\n"
        "Former smoker, 20 pack-years, quit 6 years ago\nFather had a myocardial infarction at 55"
    ),
    "medications": (
        "Metformin 1000 mg twice daily\nLisinopril 20 mg daily\nAtorvastatin 40 mg daily\n"
        "Aspirin 81 mg daily (started this week)"
    ),
    "allergies": "Penicillin (rash)",
    "results": (
        "Resting ECG: sinus rhythm, no ST changes\nHigh-sensitivity troponin: within normal limits\n"
        "LDL cholesterol 96 mg/dL"
    ),
    "tried": (
        "Aspirin 81 mg daily started; sublingual nitroglycerin 0.4 mg as needed prescribed; "
        "advised to avoid strenuous exertion until seen."
    ),
}

SKILL = Skill(
    name="referral",
    title="Referral letter",
    summary="Letter to a consultant: the question up front, then history, medications, results.",
    fields=FIELDS,
    template="referral.md.j2",
    template_version="referral/1.0",
    instructions=INSTRUCTIONS,
    required_facts=("receiving_specialty", "urgency", "clinical_question", "medications", "allergies"),
    main_field="reason",
    sample=SAMPLE,
    example=(
        "exertional chest tightness for 3 weeks; to: cardiology; urgency: urgent; "
        "question: stress test or angiography?; meds: aspirin 81 mg daily; allergies: penicillin (rash)"
    ),
)
