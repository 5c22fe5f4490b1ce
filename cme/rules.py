"""The one place CME credit is calculated (AMA PRA Category 1 rules; see docs/cme-standards.md).

Everything is `Decimal` so a transcript total never drifts by a float rounding error. Callers
decide *whether* credit is due (passed + attested, reflection submitted); the helpers here decide
*how much*, and the eligibility checks below are the rules they must apply first.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

QUARTER = Decimal("0.25")
ZERO = Decimal("0.00")
POC_CYCLE_CREDIT = Decimal("0.5")
REFLECTIONS = ("changed", "confirmed", "not_applicable")

ATTESTATION_VERSION = "ama-pra-1/2026-1"
# The AMA designation statement's instruction to the learner, shown with every claim.
AMA_PARTICIPATION = ("Physicians should claim only the credit commensurate with the extent of their "
                     "participation in the activity.")
ATTESTATION_TEMPLATE = ("I claim {credits} AMA PRA Category 1 Credit(s)™, commensurate with the extent "
                        "of my participation.")


def to_decimal(value: object) -> Decimal:
    """Accept int, str, Decimal or float (via str, so 37.5 stays 37.5) without binary surprises."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(str(value))


def round_quarter(hours: Decimal) -> Decimal:
    """Nearest 0.25, halves rounded up: 0.625 h -> 0.75, 0.125 h -> 0.25."""
    quarters = (to_decimal(hours) / QUARTER).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return (quarters * QUARTER).quantize(Decimal("0.01"))


def course_credit(minutes: object, designated_max: object) -> Decimal:
    """Time-based credit for enduring material: min(designated max, nearest quarter of minutes/60).

    The learner claims what matches their participation, never the maximum by default.
    """
    mins = to_decimal(minutes)
    cap = to_decimal(designated_max)
    if mins < 0:
        raise ValueError("minutes cannot be negative")
    if cap < 0 or (cap / QUARTER) % 1 != 0:
        raise ValueError(f"designated maximum must be a non-negative multiple of 0.25, got {cap}")
    return min(cap.quantize(Decimal("0.01")), round_quarter(mins / Decimal(60)))


def poc_credit(already_this_year: object, yearly_cap: object | None = None) -> Decimal:
    """Credit for one completed point-of-care cycle, trimmed to an optional yearly cap."""
    earned = to_decimal(already_this_year)
    if yearly_cap is None:
        return POC_CYCLE_CREDIT
    room = to_decimal(yearly_cap) - earned
    return max(ZERO, min(POC_CYCLE_CREDIT, room)).quantize(Decimal("0.01"))


def passed(scaled_score: object, passing_score: object) -> bool:
    """The minimum performance level is inclusive (0.75 with a 0.75 pass mark passes)."""
    return to_decimal(scaled_score) >= to_decimal(passing_score)


def track_eligible(required_modules: set[str] | frozenset[str], passed_modules: set[str] | frozenset[str],
                   attested: bool) -> bool:
    """Enduring track: every required module passed and the learner attested; otherwise no credit."""
    return bool(required_modules) and set(required_modules) <= set(passed_modules) and attested


def cycle_creditable(reflection: str, question_key: str, credited_question_keys: set[str]) -> bool:
    """A PoC cycle counts once: needs a reflection, and a repeated question without a new one earns 0."""
    return reflection in REFLECTIONS and question_key not in credited_question_keys


def format_credits(amount: object) -> str:
    return f"{to_decimal(amount).quantize(Decimal('0.01'))}"


def attestation_text(credits: object) -> str:
    """The exact attestation wording, with the claimed amount filled in (X.XX)."""
    return ATTESTATION_TEMPLATE.format(credits=format_credits(credits))


def claimed_credit(requested: object, maximum: object) -> Decimal:
    """The amount a learner claims: a positive multiple of 0.25, never above the claim's maximum."""
    amount = to_decimal(requested)
    cap = to_decimal(maximum)
    if amount <= 0 or (amount / QUARTER) % 1 != 0:
        raise ValueError(f"a claim is a positive multiple of 0.25 credits, got {amount}")
    if amount > cap:
        raise ValueError(f"at most {format_credits(cap)} credits can be claimed for this activity")
    return amount.quantize(Decimal("0.01"))


def claim_options(maximum: object, measured_minutes: float | None) -> list[Decimal]:
    """Amounts to offer: the maximum, and the measured time to the nearest quarter hour when it is lower."""
    cap = to_decimal(maximum).quantize(Decimal("0.01"))
    out = [cap]
    if measured_minutes is not None:
        measured = round_quarter(to_decimal(measured_minutes) / Decimal(60))
        if ZERO < measured < cap:
            out.append(measured)
    return out


def moc_points(credits: object, activity_moc_points: object, designated_max: object) -> Decimal:
    """MOC points for an award: one point per credit (providers' usual rule), capped at the activity's points."""
    cap = to_decimal(activity_moc_points)
    if cap <= 0:
        return ZERO
    return min(to_decimal(credits), cap).quantize(Decimal("0.01"))
