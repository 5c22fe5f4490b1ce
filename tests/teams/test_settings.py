"""Teams settings come from the Agents SDK's environment names; errors name the variable."""
import pytest

from bot.settings import Settings, SettingsError

P = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__"


def test_teams_settings_use_the_sdk_names_and_say_what_is_missing():
    assert Settings.from_env({}).teams_off_reason == f"missing {P}CLIENTID, {P}CLIENTSECRET"
    s = Settings.from_env({P + "CLIENTID": "app", P + "TENANTID": "t"})
    assert not s.teams_enabled and s.teams_off_reason == f"missing {P}CLIENTSECRET"
    s = Settings.from_env({P + "CLIENTID": "app", P + "CLIENTSECRET": "shh"})
    assert s.teams_enabled and "shh" not in repr(s.describe())
    s = Settings.from_env({P + "CLIENTID": "app", P + "AUTHTYPE": "UserManagedIdentity"})
    assert s.teams_enabled
    s = Settings.from_env({P + "CLIENTID": "app", P + "AUTHTYPE": "certificate"})
    assert s.teams_off_reason == f"missing {P}CERTPFXFILE"


def test_an_unknown_auth_type_is_a_one_line_error():
    with pytest.raises(SettingsError, match=P + "AUTHTYPE"):
        Settings.from_env({P + "CLIENTID": "app", P + "AUTHTYPE": "password"})
