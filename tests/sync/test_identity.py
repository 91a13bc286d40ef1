"""How the organisation knows the learner: a staff id or work e-mail entered once in
Settings names the learner in the statements (organisation.json says which), checked as it
is typed in, and never changes a statement's id."""

import json

import pytest

from tests.reports.test_reports import _study


def _org(academy, use: str) -> None:
    org = {"actor": {"homePage": "https://staff.example.com", "use": use}}
    (academy.paths.root / "organisation.json").write_text(json.dumps(org), encoding="utf-8")


def test_the_actor_follows_the_organisations_choice(learner):
    _study(learner)
    before = {st["id"] for st in learner.reports.statements()}
    _org(learner, "staff_id")
    learner.sync.set_identity(" E1024 ", "wang.fang@bank.example")
    assert learner.sync.identity() == ("E1024", "wang.fang@bank.example")
    actors = {json.dumps(st["actor"], sort_keys=True) for st in learner.reports.statements()}
    assert actors == {json.dumps({"objectType": "Agent", "name": "测试学员", "account": {
        "homePage": "https://staff.example.com", "name": "E1024"}}, sort_keys=True)}
    _org(learner, "email")
    sts = learner.reports.statements()
    assert {st["actor"]["mbox"] for st in sts} == {"mailto:wang.fang@bank.example"}
    assert {st["id"] for st in sts} == before, "naming the learner makes no event new"


def test_a_wrong_id_or_address_is_refused(learner):
    for staff_id, email, why in (("E 1", "", "staff-id"), ("", "not-an-address", "email"),
                                 ("", "a@b@c.example", "email")):  # fmt: skip
        with pytest.raises(ValueError, match=why):
            learner.sync.set_identity(staff_id, email)
    assert learner.sync.identity() == ("", "")


def test_the_settings_dialog_keeps_them_and_says_what_is_wrong(qtbot, learner):
    from app.views.settings import SettingsDialog

    dlg = SettingsDialog(learner)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.staff_id.setText("E 7")
    dlg.save_identity_and_accept()
    assert dlg.isVisible() and dlg.problem.isVisible() and dlg.focusWidget() is dlg.staff_id
    assert learner.sync.identity() == ("", "")
    dlg.staff_id.setText("E7")
    dlg.email.setText("li.na@bank.example")
    dlg.save_identity_and_accept()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert learner.sync.identity() == ("E7", "li.na@bank.example")
