"""Discharge summary for the next clinician: what happened, what changed, what is still pending."""
from __future__ import annotations

from bot.skills.base import Field, Skill

FIELDS = (
    Field("patient", "Patient (age and sex)", max_length=120,
          hint="Age and sex only: no names, dates of birth or record numbers.",
          aliases=("pt", "age sex")),
    Field("admission_diagnosis", "Reason for admission", max_length=500,
          aliases=("adm dx", "admitting dx", "admission dx", "adm diagnosis", "admission diagnosis", "admitting diagnosis", "presenting problem", "admitted for",
                   "reason for admission", "admit dx", "admitted with",
                   # a template's plain words: "In for: ...", "Came in for >> ...", "Reason admitted:: ..."
                   "in for", "came in for", "came in with", "reason admitted",
                   # a therapy episode's discharge note: "Referred for:: L hip fracture", "REFERRED FOR >> aphasia"
                   "referred for", "referred with", "reason for referral", "referral reason")),
    Field("discharge_diagnoses", "Discharge diagnoses", multiline=True,
          hint="Principal diagnosis first, then secondary diagnoses, one per line.",
          aliases=("dc dx", "final diagnoses", "dc diagnosis", "d/c diagnosis", "discharge diagnosis", "diagnoses", "diagnosis", "final diagnosis", "dx", "discharge dx", "d/c dx",
                   "out with", "leaves with", "discharged with")),
    Field("length_of_stay", "Length of stay", required=False, max_length=60,
          placeholder="4 days", aliases=("length", "los", "stay")),
    Field("hospital_course", "Hospital course", multiline=True,
          aliases=("hosp course", "course", "summary", "hospital stay")),
    Field("procedures", "Procedures", multiline=True, required=False,
          aliases=("procedure", "proc", "procs", "procedures done", "operations", "surgery"), flag_blank=True),
    Field("meds_started", "Medications started", multiline=True, required=False,
          aliases=("new rx", "started", "new medications", "new meds", "meds started",
                   "discharge meds", "discharge medications"), flag_blank=True),
    Field("meds_changed", "Medications changed", multiline=True, required=False,
          aliases=("adjust", "adjusted", "change", "dose change", "changed", "dose changes", "meds changed"), flag_blank=True),
    Field("meds_stopped", "Medications stopped or held", multiline=True, required=False,
          aliases=("stopped meds", "stopped", "held", "discontinued", "meds stopped"), flag_blank=True),
    Field("allergies", "Allergies", required=False, max_length=500, flag_blank=True, aliases=("allergy", "nkda")),
    Field("condition_at_discharge", "Condition at discharge", max_length=500,
          aliases=("cond", "condition on discharge", "d/c condition", "condition", "discharge condition", "status")),
    Field("disposition", "Discharged to", required=False, max_length=200,
          placeholder="home", aliases=("disposition", "discharged to", "destination", "dispo", "to", "going to", "discharge to")),
    Field("follow_up", "Follow-up", multiline=True,
          aliases=("follow up", "followup", "follow", "appointments", "plan", "f/u", "fu", "next", "next steps")),
    Field("pending_results", "Results pending at discharge", multiline=True,
          hint="Who will follow each one up; write 'none' if none.",
          aliases=("pending", "pending results", "outstanding", "outstanding results")),
)

INSTRUCTIONS = """\
You help a hospital clinician write a discharge summary for the clinician who will see the \
patient next.
Conventions of a good discharge summary:
- Start with the reason for admission, the discharge diagnoses (principal first) and the length \
of stay.
- A concise hospital course by problem; procedures; then medication changes in three explicit \
lists (started, changed with old and new dose, stopped or held with the reason).
- Condition at discharge and destination, follow-up appointments and tests, and results pending \
at discharge with who is to act on them. Write "None" only when the clinician wrote none; a list \
the clinician left blank is written [not provided], so the next clinician does not read it as "no \
change". Always include the allergies line.
- Clinical shorthand is fine; under 500 words.
"""

SAMPLE = {
    "patient": "71-year-old man",
    "admission_diagnosis": "Community-acquired pneumonia, right lower lobe",
    "discharge_diagnoses": (
        "Community-acquired pneumonia, right lower lobe\n"
        "Acute kidney injury, prerenal, resolving\nType 2 diabetes"
    ),
    "length_of_stay": "4 days",
    "hospital_course": (
        "Presented with 3 days of fever, productive cough and breathlessness; oxygen saturation "
        "89% on room air; chest X-ray showed right lower lobe consolidation.\n"
        "Treated with IV ceftriaxone and oral azithromycin, switched to oral "
        "amoxicillin-clavulanate on day 3 once afebrile for 48 hours; weaned to room air by day 3.\n"
        "Creatinine rose from a baseline of 1.0 to 1.6 mg/dL with poor oral intake and fell to "
        "1.1 mg/dL with IV fluids; lisinopril held and metformin paused during the stay."
    ),
    "procedures": "None",
    "meds_started": "Amoxicillin-clavulanate 875/125 mg by mouth twice daily for 3 more days",
    "meds_changed": "Metformin 500 mg twice daily (was 1000 mg twice daily) until creatinine is rechecked",
    "meds_stopped": "Lisinopril 10 mg daily: held because of acute kidney injury, review at follow-up",
    "allergies": "No known drug allergies",
    "condition_at_discharge": (
        "Stable; afebrile for 48 hours; oxygen saturation 95% on room air; walking independently"
    ),
    "disposition": "Home",
    "follow_up": (
        "Primary care visit in 1 week with basic metabolic panel (creatinine, potassium)\n"
        "Decide then whether to restart lisinopril and return metformin to 1000 mg twice daily"
    ),
    "pending_results": (
        "Blood cultures from admission: no growth at 48 hours, final report pending "
        "(hospital team to forward)\nSputum culture pending (hospital team to forward)"
    ),
}

SKILL = Skill(
    name="discharge-summary",
    title="Discharge summary",
    summary="Summary of a hospital stay: diagnoses, course, medication changes, follow-up, pending results.",
    fields=FIELDS,
    template="discharge_summary.md.j2",
    template_version="discharge-summary/1.0",
    instructions=INSTRUCTIONS,
    required_facts=("discharge_diagnoses", "meds_started", "meds_changed", "meds_stopped",
                    "pending_results"),
    main_field="hospital_course",
    sample=SAMPLE,
    example=(
        "treated for pneumonia with ceftriaxone then amoxicillin-clavulanate; pt: 71-year-old man; "
        "admitted for: pneumonia; diagnoses: community-acquired pneumonia; condition: stable; "
        "follow up: primary care in 1 week; pending: blood cultures"
    ),
)
