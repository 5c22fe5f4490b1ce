"""Rule tables: minutes to credit, caps, point-of-care cycles, attestation wording."""
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from cme import rules
from cme.rules import POC_CYCLE_CREDIT, course_credit


@pytest.mark.parametrize("minutes,cap,expected", [
    (0, "4", "0.00"),
    (7, "4", "0.00"),        # 0.1167 h -> nearest quarter is 0
    ("7.5", "4", "0.25"),    # 0.125 h: exactly half a quarter rounds up
    (15, "4", "0.25"),
    (22, "4", "0.25"),
    ("22.5", "4", "0.50"),
    (37.5, "4", "0.75"),     # the standards note's example: 0.625 h -> 0.75
    (45, "4", "0.75"),
    (52, "4", "0.75"),
    ("52.5", "4", "1.00"),
    (60, "4", "1.00"),
    (90, "4", "1.50"),
    (239, "4", "4.00"),
    (240, "4", "4.00"),
    (300, "4", "4.00"),      # capped at the designated maximum
    (480, "8", "8.00"),
    (500, "8", "8.00"),
    (470, "8", "7.75"),
    (960, "16", "16.00"),
    (2000, "16", "16.00"),
    (450, "16", "7.50"),
])
def test_minutes_to_credit(minutes, cap, expected):
    got = course_credit(minutes, Decimal(cap))
    assert isinstance(got, Decimal)
    assert got == Decimal(expected)
    assert str(got) == expected


def test_constant_and_inputs():
    assert POC_CYCLE_CREDIT == Decimal("0.5")
    with pytest.raises(ValueError):
        course_credit(-1, 4)
    with pytest.raises(ValueError):
        course_credit(60, "4.1")  # the maximum must be a multiple of 0.25


@given(st.integers(min_value=0, max_value=5000), st.sampled_from(["4", "8", "16"]))
def test_credit_is_quarter_steps_and_capped(minutes, cap):
    got = course_credit(minutes, cap)
    assert got <= Decimal(cap)
    assert (got / Decimal("0.25")) % 1 == 0
    assert abs(got - min(Decimal(cap), Decimal(minutes) / 60)) <= Decimal("0.125")


@pytest.mark.parametrize("earned,cap,expected", [
    ("0", None, "0.5"), ("100", None, "0.5"),
    ("0", "20", "0.50"), ("19.50", "20", "0.50"), ("19.75", "20", "0.25"), ("20", "20", "0.00"), ("25", "20", "0.00"),
])
def test_poc_yearly_cap(earned, cap, expected):
    assert rules.poc_credit(Decimal(earned), None if cap is None else Decimal(cap)) == Decimal(expected)


def test_eligibility_rules():
    assert rules.track_eligible({"a", "b"}, {"a", "b"}, attested=True)
    assert not rules.track_eligible({"a", "b"}, {"a"}, attested=True)      # partial: nothing
    assert not rules.track_eligible({"a", "b"}, {"a", "b"}, attested=False)
    assert rules.passed("0.75", "0.75") and not rules.passed("0.74", "0.75")
    assert rules.cycle_creditable("changed", "k1", set())
    assert not rules.cycle_creditable("changed", "k1", {"k1"})             # repeated search, no new reflection
    assert not rules.cycle_creditable("", "k1", set())                     # no reflection, no cycle


def test_attestation_wording():
    assert rules.attestation_text(Decimal("4")) == (
        "I claim 4.00 AMA PRA Category 1 Credit(s)™, commensurate with the extent of my participation.")


def test_moc_points():
    assert rules.moc_points(Decimal("3.75"), Decimal("4"), Decimal("4")) == Decimal("3.75")
    assert rules.moc_points(Decimal("3.75"), Decimal("0"), Decimal("4")) == Decimal("0.00")


def test_a_claim_is_a_quarter_multiple_up_to_the_maximum():
    from decimal import Decimal

    from cme import rules

    assert rules.claimed_credit("2.5", Decimal("4.00")) == Decimal("2.50")
    for bad in ("0", "2.4", "4.25", "-1"):
        with pytest.raises(ValueError):
            rules.claimed_credit(bad, Decimal("4.00"))
    assert rules.claim_options(Decimal("4"), 130) == [Decimal("4.00"), Decimal("2.25")]
    assert rules.claim_options(Decimal("4"), 300) == [Decimal("4.00")]  # more time than designed: the maximum
    assert rules.claim_options(Decimal("4"), None) == [Decimal("4.00")]
