"""Offline extraction, thirteenth round: a run-on appeal whose denial reason follows a bare "saying".
Example phrases are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_a_bare_saying_after_the_denial_opens_its_reason() -> None:
    got = ex("appeal", "Cigna denied apremilast 30 mg bid for psoriatic arthritis ref CG-44120 saying must try "
                       "methotrexate first but she had transaminitis on methotrexate 15 weekly first level please overturn")
    assert got["denial_reason"].startswith("must try methotrexate first")
    assert "saying" not in got.get("rebuttal", "")


def test_saying_in_a_document_named_as_evidence_is_not_the_denial() -> None:
    got = ex("appeal", "Aetna denied knee replacement as not medically necessary. I have attached a note from "
                       "her physical therapist saying she cannot climb stairs.")
    assert "climb stairs" not in got["denial_reason"]


def test_a_therapy_outcome_closes_its_fact_in_a_run_on_line() -> None:
    got = ex("prior-auth", "dupilumab 300 mg SC q2wk for 38M severe atopic dermatitis L20.9 EASI 31 cyclosporine 4 mo "
                           "no benefit EASI 29 itch NRS 9 Cigna standard")
    assert "cyclosporine 4 mo no benefit" in got["prior_therapies"]
    assert "itch" not in got["prior_therapies"]


def test_a_therapy_that_helped_partly_is_what_was_tried() -> None:
    got = ex("referral", "GI to IR 61M recurrent GI bleed from gastric varices octreotide drip x3d helped partly "
                         "Hgb 7.9 BRTO candidate? urgent")
    assert "octreotide drip x3d helped partly" in got["tried"]


def test_a_run_on_discharge_is_cut_at_the_stopped_medicine() -> None:
    got = ex("discharge-summary", "70M adm gout flare L knee dc dx acute gout LOS 2 days colchicine and prednisone "
                                  "stopped furosemide 20 started allopurinol 100 daily stable home PCP 2 wk")
    assert "furosemide 20" in got["meds_stopped"]
    assert "allopurinol" not in got["meds_stopped"]


def test_stopped_after_its_drug_with_a_reason_stays_with_the_drug() -> None:
    got = ex("discharge-summary", "66F adm hyponatremia dc dx hyponatremia from thiazide LOS 3 days fluid restriction "
                                  "chlorthalidone stopped since it lowers sodium stable home PCP 1 wk")
    assert "chlorthalidone stopped since it lowers sodium" in "\n".join(got.values())


def test_a_reason_cut_off_after_denied_as_is_the_denial_reason() -> None:
    got = ex("appeal", "redetermination to Palmetto for insulin pump E0784 denied as C-peptide 1.1 above the limit "
                       "for 58M with LADA GAD65 positive overturn")
    assert got["denial_reason"].startswith("C-peptide 1.1")


def test_a_bare_reason_after_the_reference_opens_the_denial_reason() -> None:
    got = ex("appeal", "Premera denied DEXA 77080 for 52F on aromatase inhibitor ref PRM-55102 reason under 65 per "
                       "plan policy but AI therapy is a covered indication first level please reverse")
    assert got["denial_reason"].startswith("under 65 per plan policy")


def test_reason_without_a_denial_before_it_is_not_the_denial() -> None:
    got = ex("appeal", "Aetna denied knee MRI as not medically necessary. For this reason alone we appeal; "
                       "she has locking and an effusion.")
    assert "alone" not in got["denial_reason"]


def test_per_plan_policy_is_not_a_payer_name() -> None:
    got = ex("appeal", "Premera denied DEXA 77080 for 52F on letrozole ref PRM-55102 reason under 65 per plan policy "
                       "but AI therapy is a covered indication first level please reverse")
    assert got["payer"] == "Premera"
    assert "policy" not in got["payer"]


def test_a_named_plan_after_plan_is_still_the_payer() -> None:
    got = ex("prior-auth", "plan Priority Health, adalimumab 40 mg q2wk for RA, failed MTX 20 weekly x6 mo")
    assert got["payer"].startswith("Priority Health")


def test_a_treated_disease_first_in_a_referral_is_history() -> None:
    got = ex("referral", "ID clinic to GI: 52M HIV on dolutegravir/lamivudine, VL undetectable, new ALT 140 x2 mo, "
                         "NKDA, routine")
    assert got["history"] == "HIV"
    assert "dolutegravir/lamivudine" in got["medications"]
    assert "dolutegravir" not in got.get("reason", "")
