import pytest

from bot.settings import Secret, Settings, SettingsError


def test_defaults_are_the_embedded_ones():
    s = Settings.from_env({})
    assert s.database_url == "sqlite+aiosqlite:///./clinibot.db" and s.port == 3000
    assert s.phi_mode == "warn" and not s.slack_enabled and "SLACK_BOT_TOKEN" in s.slack_off_reason


@pytest.mark.parametrize("env,name", [
    ({"PORT": "abc"}, "PORT"),
    ({"PORT": "70000"}, "PORT"),
    ({"CLINIBOT_PHI_MODE": "loose"}, "CLINIBOT_PHI_MODE"),
    ({"SLACK_BOT_TOKEN": "nope"}, "SLACK_BOT_TOKEN"),
    ({"OPENAI_BASE_URL": "localhost:8000"}, "OPENAI_BASE_URL"),
    ({"CLINIBOT_SCHEDULER": "maybe"}, "CLINIBOT_SCHEDULER"),
])
def test_malformed_setting_names_the_variable_in_one_line(env, name):
    with pytest.raises(SettingsError) as exc:
        Settings.from_env(env)
    assert name in str(exc.value) and "\n" not in str(exc.value)


def test_secrets_never_print():
    s = Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-very-secret", "SLACK_SIGNING_SECRET": "shh-123",
                           "OPENAI_API_KEY": "sk-abc"})
    dumped = repr(s) + str(s.describe())
    assert "very-secret" not in dumped and "shh-123" not in dumped and "sk-abc" not in dumped
    assert s.slack_bot_token.get() == "xoxb-very-secret" and s.slack_enabled
    assert repr(Secret("x")) == "Secret('**********')"


def test_cli_reports_bad_setting_without_traceback(monkeypatch, capsys):
    from bot.cli import main

    monkeypatch.setenv("PORT", "not-a-port")
    assert main(["migrate"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "configuration error: PORT must be a whole number, got 'not-a-port'"
