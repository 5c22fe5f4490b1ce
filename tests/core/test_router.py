from bot.core import Command, Reply, Router, UsageError
from bot.core.events import Action, Actor

ACTOR = Actor("U1", "console")


async def test_help_lists_every_command_with_usage():
    router = Router()

    @router.command("alpha", usage="/alpha <x>", summary="first")
    async def alpha(cmd, svc):
        return Reply(text="a")

    @router.command("beta", usage="/beta", summary="second")
    async def beta(cmd, svc):
        return Reply(text="b")

    text = router.help_text()
    assert "`/alpha <x>` — first" in text and "`/beta` — second" in text


async def test_unknown_command_returns_help_not_traceback():
    router = Router()

    @router.command("alpha", usage="/alpha", summary="first")
    async def alpha(cmd, svc):
        return Reply(text="a")

    [reply] = await router.dispatch_command(Command("nope", "", ACTOR), None)
    assert "don't know the command `/nope`" in reply.text and "/alpha" in reply.text and reply.ephemeral


async def test_usage_error_gives_the_problem_and_usage():
    router = Router()

    @router.command("alpha", usage="/alpha <number>", summary="first")
    async def alpha(cmd, svc):
        raise UsageError("`x` is not a number.")

    [reply] = await router.dispatch_command(Command("alpha", "x", ACTOR), None)
    assert reply.text == "`x` is not a number.\nUsage: `/alpha <number>`"


async def test_action_prefix_matching_and_args():
    router = Router()
    seen = []

    @router.action("draft")
    async def draft(action, svc):
        seen.append(action.action_id)

    await router.dispatch_action(Action("draft.approve", ACTOR), None)
    assert seen == ["draft.approve"]
    assert await router.dispatch_action(Action("other.thing", ACTOR), None) == []
    assert Command("x", 'export "a b" c', ACTOR).args == ["export", "a b", "c"]
    assert Command("x", 'bad "quote', ACTOR).args == ["bad", '"quote']


def test_duplicate_registration_refused():
    import pytest

    router = Router()
    router.command("a", usage="/a", summary="a")(lambda c, s: None)
    with pytest.raises(ValueError):
        router.command("a", usage="/a", summary="a")(lambda c, s: None)


async def test_structured_arguments_pass_the_phi_guard_but_free_text_does_not(bot):
    """An export's date range is not a patient's date; a name next to it still is."""
    from bot.core.dispatch import Dispatcher

    router = bot.svc.extras["router"]
    seen = []

    @router.command("exportish", usage="/exportish FROM TO", summary="test only", structured=r"\d{4}-\d{2}-\d{2}")
    async def exportish(cmd, svc):
        seen.append(cmd.text)
        return Reply(text="ok")

    dispatcher = Dispatcher(router, bot.svc)
    actor = Actor("U1", "console")
    [ok] = await dispatcher.command(Command("exportish", "2026-01-01 2026-06-30", actor))
    assert ok.text == "ok" and seen == ["2026-01-01 2026-06-30"]
    [warned] = await dispatcher.command(Command("exportish", "2026-01-01 for Deshawn Carter", actor))
    assert warned.ephemeral and any(b.action_id == "phi.continue" for b in warned.buttons)
