"""The trainer's LRS settings: written to the data folder's organisation.json, the password
in the system keyring where there is one (a real keyring backend here: keyrings.alt's file
store in a temp folder) and else in a file only its owner can read; tried against a real LRS
behind a gateway that checks the key, from a real dialog."""

import json
import stat

import pytest

from app.sync import secrets
from app.sync.config import LrsConfig, load_organisation, save_organisation
from tests.reports.test_reports import _study
from tests.sync.conftest import Gateway
from tests.views.test_trainer_role import make_open_learner_trainer


@pytest.fixture
def file_keyring(tmp_path):
    from keyrings.alt.file import PlaintextKeyring

    kr = PlaintextKeyring()
    kr.file_path = str(tmp_path / "keyring.cfg")
    secrets.use(kr)
    yield kr
    secrets.use(None)


def test_without_a_system_keyring_the_password_stays_in_an_owner_only_file(tmp_path):
    secrets.use(None)
    if secrets.backend() is not None:
        pytest.skip("this machine has a system keyring")
    saved = save_organisation(tmp_path, LrsConfig("https://lrs.example.com/xAPI", "k", "pw-1"),
                              "https://staff.example.com", "email")  # fmt: skip
    assert saved.password_in == "file"
    assert stat.S_IMODE(saved.path.stat().st_mode) == 0o600
    org = load_organisation(tmp_path)
    assert (org.lrs.endpoint, org.lrs.username, org.lrs.password) == \
        ("https://lrs.example.com/xAPI/", "k", "pw-1")  # fmt: skip
    assert (org.home_page, org.use, org.problems) == ("https://staff.example.com", "email", ())


def test_with_a_keyring_the_file_holds_no_password(tmp_path, file_keyring):
    data = tmp_path / "data"
    data.mkdir()
    saved = save_organisation(data, LrsConfig("https://lrs.example.com/xAPI/", "k", "pw-2"))
    assert saved.password_in == "keyring"
    text = saved.path.read_text(encoding="utf-8")
    assert "pw-2" not in text and json.loads(text)["lrs"]["password_in"] == "keyring"
    org = load_organisation(data)
    assert org.lrs.password == "pw-2" and org.lrs.describe()["password_in"] == "keyring"
    assert "pw-2" not in json.dumps(org.lrs.describe())
    # the keyring lost it (another PC, a cleared vault): said, and nothing is sent with it
    secrets.forget("https://lrs.example.com/xAPI/", "k")
    org = load_organisation(data)
    assert org.lrs.password == "" and "keyring" in org.problems[0]


def test_wrong_values_are_refused_and_nothing_is_written(tmp_path):
    with pytest.raises(ValueError, match="endpoint"):
        save_organisation(tmp_path, LrsConfig("lrs.example.com", "k", "pw"))
    with pytest.raises(ValueError, match="homePage"):
        save_organisation(tmp_path, LrsConfig("https://lrs.example.com/", "k", "pw"),
                          "javascript:alert(1)")  # fmt: skip
    assert not (tmp_path / "organisation.json").exists()


def test_only_the_trainer_saves_the_settings(learner, lrs):
    from app.progress.profiles import ProfileError

    with pytest.raises(ProfileError):
        learner.sync.save_organisation(lrs.endpoint, "", "")
    assert not learner.sync.configured


def test_the_trainer_tries_and_saves_the_settings_in_the_dialog(qtbot, learner, lrs,
                                                                file_keyring):  # fmt: skip
    from app.views.main_window import MainWindow
    from app.views.theme import LIGHT

    academy = learner
    window = MainWindow(learner, LIGHT)
    qtbot.addWidget(window)
    window.on_ready(None)
    window.show()
    make_open_learner_trainer(academy)
    gate = Gateway(lrs.endpoint, "key-1", "secret-1")
    try:
        window.show_page("progress")
        panel = window.progress.trainer
        window.progress.tabs.setCurrentWidget(panel)
        assert not panel.lrs_btn.isVisible()
        dialog = panel.lrs_settings()
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.endpoint, gate.endpoint)
        qtbot.keyClicks(dialog.username, "key-1")
        qtbot.keyClicks(dialog.password, "wrong")
        op = dialog.test_connection()
        qtbot.waitUntil(lambda: op.is_finished, timeout=20000)
        qtbot.waitUntil(lambda: "refused this key" in dialog.status.text(), timeout=5000)
        assert "401" in dialog.status.text()
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, "secret-1")
        op = dialog.test_connection()
        qtbot.waitUntil(lambda: "accepted" in dialog.status.text(), timeout=20000)
        dialog.save()
        assert dialog.saved.password_in == "keyring"
        assert not dialog.isVisible()
        text = (academy.paths.root / "organisation.json").read_text(encoding="utf-8")
        assert "secret-1" not in text
        assert panel.lrs_btn.isVisible() and academy.sync.configured
        _study(academy)
        report = academy.sync.send_now()  # the saved settings reach the LRS through the gate
        assert not report.refused and report.error == "" and report.sent > 0
    finally:
        gate.close()


def test_a_refused_form_keeps_no_password_in_the_keyring(tmp_path, file_keyring):
    with pytest.raises(ValueError, match="homePage"):
        save_organisation(tmp_path, LrsConfig("https://lrs.example.com/", "k", "pw-3"),
                          "ftp://staff")  # fmt: skip
    assert secrets.load("https://lrs.example.com/", "k") is None
    assert not (tmp_path / "organisation.json").exists()
