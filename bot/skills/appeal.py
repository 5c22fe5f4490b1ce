"""Appeal of a denied prior authorization: the denial reason, answered point by point."""
from __future__ import annotations

from bot.skills.base import Field, Skill
from bot.skills.codes import ICD10_ERROR, ICD10_LIST, SERVICE_CODE_ERROR, SERVICE_CODE_LIST

FIELDS = (
    Field("payer", "Payer or health plan", max_length=200,
          aliases=("payor", "carrier", "insurance plan", "plan", "insurer", "insurance", "health plan")),
    Field("appeal_level", "Appeal level", required=False,
          choices=("first-level internal", "second-level internal", "external review"),
          aliases=("appeal lvl", "lvl", "appeal level", "level",)),
    Field("review_type", "Review type", choices=("standard", "expedited"), required=False,
          hint="expedited only when waiting could seriously jeopardize life, health or function",
          aliases=("review", "priority", "urgency")),
    Field("denial_reference", "Denial reference", required=False, max_length=80,
          hint="The plan's reference for the denial; leave blank to write [denial reference on file].",
          aliases=("case#", "ref no.", "ref no", "ref #", "determination #", "case no", "reference", "ref", "case number", "denial ref", "denial#", "denial #", "denial id", "denial no",
                   "claim", "claim #", "case", "case #", "auth #", "denial number", "reference number",
                   "claim number", "case id")),
    Field("requested_service", "Denied service or drug", max_length=500,
          aliases=("svc", "requested service", "denied item", "service", "drug", "procedure", "denied service", "request", "requested", "denied drug", "item")),
    Field("service_codes", "CPT/HCPCS or NDC codes", required=False, max_length=300,
          pattern=SERVICE_CODE_LIST, pattern_error=SERVICE_CODE_ERROR,
          aliases=("cpt", "hcpcs", "ndc", "service codes", "codes")),
    Field("icd10_codes", "ICD-10-CM codes", max_length=300, pattern=ICD10_LIST,
          pattern_error=ICD10_ERROR,
          aliases=("dx code", "icd-10", "icd", "icd10", "icd 10", "icd-10-cm", "diagnosis codes", "dx codes")),
    Field("denial_reason", "Reason given for the denial", multiline=True,
          hint="As the denial letter states it.",
          aliases=("denial basis", "basis", "basis for denial", "denied because::", "denial", "denied because", "reason for denial", "denial reason", "reason", "denied for", "denied",
                   "denied as")),
    Field("rebuttal", "Why the denial should be overturned", multiline=True,
          hint="Answer each reason for the denial with the clinical facts.",
          aliases=("our response", "clinical rebuttal", "rebuttal points", "argument", "response", "grounds", "rebut")),
    Field("evidence", "Supporting evidence", multiline=True,
          hint="Records, results and the guideline or policy criteria that support the request.",
          aliases=("support", "supporting", "records", "supporting docs", "guideline", "criteria", "supporting evidence", "enclosures", "attach", "attached", "enclosed",
                   "docs", "documentation")),
    Field("prior_therapies", "Prior therapies and outcomes", multiline=True, required=False,
          aliases=("prior tx", "prior rx", "prior treatment", "prior treatments", "tried/failed", "prior", "prior meds", "prior therapy", "tried", "step therapy", "failed")),
    Field("requested_action", "Requested action", required=False, max_length=500,
          placeholder="Overturn the denial and approve the service as ordered",
          aliases=("asking for", "we ask", "we request", "action", "ask", "remedy", "requested action")),
)

INSTRUCTIONS = """\
You help a clinician write a letter appealing a health plan's denial of a prior authorization.
Conventions of a good appeal:
- Open by saying this is an appeal (level and review type as given) of the denial of the named \
service, with the denial reference, codes and the reason the plan gave.
- Answer the stated reason point by point with the clinical facts and the evidence given, \
including prior therapies and their outcomes.
- State the action requested. Ask, if the denial is upheld, for the specific clinical criteria \
used and a peer-to-peer review with a clinician of the same or a similar specialty.
- Refer to the member ID as [member ID on file]; do not add identifiers or citations.
- Firm, factual and courteous; under 500 words.
"""

SAMPLE = {
    "payer": "Example Health Plan (commercial)",
    "appeal_level": "first-level internal",
    "review_type": "standard",
    "requested_service": "MRI lumbar spine without contrast",
    "service_codes": "72148",
    "icd10_codes": "M54.16",
    "denial_reason": (
        "Not medically necessary: the plan's policy requires 6 weeks of conservative therapy "
        "before imaging, and the records sent showed 4 weeks."
    ),
    "rebuttal": (
        "By the time of review the patient had completed 6 weeks of naproxen and 5 weeks of "
        "physical therapy without improvement.\n"
        "New weakness of left ankle dorsiflexion (4/5) is a progressive neurological deficit, "
        "which is a reason to image without waiting for conservative therapy to be completed.\n"
        "The result decides between epidural steroid injection and a surgical opinion."
    ),
    "evidence": (
        "Physical therapy notes: 6 sessions over 5 weeks, no improvement\n"
        "Examination notes showing ankle dorsiflexion 4/5, down from 5/5 two weeks earlier\n"
        "American College of Radiology Appropriateness Criteria, Low Back Pain (2021 update)"
    ),
    "prior_therapies": (
        "Naproxen 500 mg twice daily for 6 weeks: partial pain relief, weakness progressed\n"
        "Physical therapy, 6 sessions over 5 weeks: no improvement"
    ),
    "requested_action": "Overturn the denial and approve MRI lumbar spine without contrast (72148)",
}

SKILL = Skill(
    name="appeal",
    title="Prior-authorization appeal letter",
    summary="Appeal of a denied prior authorization: denial reason, rebuttal, evidence, request.",
    fields=FIELDS,
    template="appeal.md.j2",
    template_version="appeal/1.0",
    instructions=INSTRUCTIONS,
    required_facts=("requested_service", "icd10_codes", "service_codes", "payer"),
    main_field="rebuttal",
    sample=SAMPLE,
    example=(
        "patient has now completed 6 weeks of therapy and has new weakness; payer: Example Health "
        "Plan; service: MRI lumbar spine; cpt: 72148; icd10: M54.16; denial: conservative therapy "
        "under 6 weeks; evidence: PT notes, exam notes"
    ),
)
