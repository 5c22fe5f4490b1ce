"""The PHI choke point holds in Teams: identifiers are caught before any service sees them."""
from tests.teams.conftest import find_action


async def test_identifiers_warn_then_continue_redacted(teams):
    await teams.post(teams.message("evidence statin dose for Mr Aldous Quennell MRN 48213377"))
    [notice] = teams.connector.posts()
    assert "MRN" in notice.text and "48213377" not in notice.text and "Quennell" not in notice.text
    cont = find_action(notice, "phi.continue")
    assert "48213377" not in cont["data"]["value"]
    resp = await teams.click(notice, "phi.continue")
    assert resp.status == 200
    answer = [p for p in teams.connector.posts() if "Evidence:" in p.text]
    assert answer and "48213377" not in answer[0].text and "[MRN-1]" in answer[0].text
    assert await teams.svc.audit.entries("phi.continued_redacted")


async def test_cancel_replaces_the_notice_card(teams):
    await teams.post(teams.message("evidence statin dose for patient MRN: 48213377"))
    [notice] = teams.connector.posts()
    resp = await teams.click(notice, "phi.cancel")
    body = await resp.json()
    assert body["type"] == "application/vnd.microsoft.card.adaptive" and "Cancelled" in str(body["value"])
    [update] = teams.connector.of("update")
    assert update.activity_id == notice.id
    assert not [p for p in teams.connector.posts() if "Evidence:" in p.text]
