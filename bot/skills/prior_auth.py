"""Prior-authorization request: diagnosis codes, the service, and the criteria it meets, first."""
from __future__ import annotations

from bot.skills.base import Field, Skill
from bot.skills.codes import ICD10_ERROR, ICD10_LIST, SERVICE_CODE_ERROR, SERVICE_CODE_LIST

FIELDS = (
    Field("payer", "Payer or health plan", placeholder="Example Health Plan (commercial)",
          max_length=200, aliases=("payor", "carrier", "ins", "insurance plan", "health insurance", "plan", "insurer", "insurance", "health plan")),
    Field("review_type", "Review type", choices=("standard", "expedited"), required=False,
          hint="expedited only when waiting could seriously jeopardize life, health or function",
          aliases=("review", "priority", "urgency")),
    Field("diagnosis", "Diagnosis", placeholder="Lumbar radiculopathy with progressive weakness",
          max_length=500, aliases=("diagnosis/icd-10", "dx/icd-10", "primary dx", "dx", "diagnoses")),
    Field("icd10_codes", "ICD-10-CM codes", placeholder="M54.16", max_length=300,
          pattern=ICD10_LIST, pattern_error=ICD10_ERROR,
          aliases=("icd", "icd10", "icd 10", "icd-10-cm", "diagnosis codes", "dx codes")),
    Field("requested_service", "Requested service or drug",
          placeholder="MRI lumbar spine without contrast", max_length=500,
          aliases=("med requested", "requested med", "requested drug", "requested service", "item", "medication", "service", "drug", "procedure", "request", "requested", "medication requested")),
    Field("service_codes", "CPT/HCPCS or NDC codes", required=False, placeholder="72148",
          max_length=300, pattern=SERVICE_CODE_LIST, pattern_error=SERVICE_CODE_ERROR,
          aliases=("j-code", "jcode", "cpt/hcpcs", "cpt", "hcpcs", "ndc", "service codes", "procedure codes", "codes")),
    Field("quantity", "Dose, quantity and duration", required=False, max_length=300,
          placeholder="1 study; or 40 mg every 2 weeks for 12 months",
          aliases=("freq", "quantity", "dosing", "schedule", "regimen", "dose", "frequency", "duration", "sig", "units", "qty", "units/visits", "visits")),
    Field("medical_necessity", "Medical necessity", multiline=True,
          hint="Findings that make the service necessary now, and what it will change.",
          aliases=("objective", "labs", "pmhx", "pmh", "history", "hx", "findings", "clinical findings", "clinical data", "supporting data", "necessity", "rationale", "justification", "why", "clinical",
                   "clinical info", "clinical rationale")),
    Field("prior_therapies", "Prior therapies and outcomes", multiline=True,
          hint="Each treatment tried, for how long, and the result; write 'none' if none.",
          aliases=("rx tried", "tried/failed", "treatment hx", "prior", "prior meds", "prior rx", "tx tried", "previous treatment", "treatment history", "prior therapy", "prior treatments", "tried", "step therapy", "failed", "prior tx",
                   "prior treatment")),
    Field("guideline", "Supporting guideline or policy criteria", multiline=True, required=False,
          hint="Name the guideline or the plan's policy and the criterion met.",
          aliases=("guidelines", "criteria", "policy", "evidence")),
)

INSTRUCTIONS = """\
You help a clinician write a prior-authorization request (letter of medical necessity) to a \
health plan's utilization reviewer.
Conventions of a good request:
- Lead with the diagnosis and its ICD-10-CM codes, the requested service or drug with its \
CPT/HCPCS or NDC codes and quantity, and the review type.
- Then state the medical-necessity criteria the patient meets, one per bullet, each tied to a \
finding given; then prior therapies with duration and outcome; then the supporting guideline or \
policy as named (do not add citations that were not given).
- Refer to the member ID as [member ID on file]; do not add identifiers.
- Factual and specific; under 450 words.
"""

SAMPLE = {
    "payer": "Example Health Plan (commercial)",
    "review_type": "standard",
    "diagnosis": "Lumbar radiculopathy, left L5 distribution, with progressive motor weakness",
    "icd10_codes": "M54.16",
    "requested_service": "MRI lumbar spine without contrast",
    "service_codes": "72148",
    "quantity": "1 study",
    "medical_necessity": (
        "Left leg pain radiating below the knee for 8 weeks.\n"
        "New weakness of left ankle dorsiflexion (4/5) on examination, worse than 2 weeks ago.\n"
        "The result will decide between referral for epidural steroid injection and a surgical opinion."
    ),
    "prior_therapies": (
        "Naproxen 500 mg twice daily for 6 weeks: partial pain relief, weakness progressed\n"
        "Physical therapy, 6 sessions over 5 weeks: no improvement\n"
        "Activity modification: no improvement"
    ),
    "guideline": (
        "American College of Radiology Appropriateness Criteria, Low Back Pain (2021 update), "
        "variant 3: MRI lumbar spine without IV contrast is usually appropriate for a candidate "
        "for surgery or intervention whose symptoms persist or progress during or after 6 weeks "
        "of optimal medical management."
    ),
}

SKILL = Skill(
    name="prior-auth",
    title="Prior-authorization request",
    summary="Letter of medical necessity: codes, requested service, criteria met, prior therapies.",
    fields=FIELDS,
    template="prior_auth.md.j2",
    template_version="prior-auth/1.0",
    instructions=INSTRUCTIONS,
    required_facts=("icd10_codes", "requested_service", "service_codes", "quantity", "payer"),
    main_field="medical_necessity",
    sample=SAMPLE,
    example=(
        "8 weeks of left L5 radicular pain with new ankle weakness; payer: Example Health Plan; "
        "dx: lumbar radiculopathy; icd10: M54.16; service: MRI lumbar spine without contrast; "
        "cpt: 72148; tried: naproxen 6 weeks, physical therapy 5 weeks"
    ),
)
