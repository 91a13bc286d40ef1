"""Sending records to a real LRS (Learning Locker's statements service on 127.0.0.1) and
reading them back: the whole history, a re-send, a conflict, an outage mid-way, wrong
credentials, a slow server and 10,000 statements."""

import json
import sqlite3
from datetime import datetime, timezone

from app.demo import take_exam
from app.reports.xapi import StatementBuilder
from app.sync.client import LrsClient
from app.sync.config import LrsConfig
from app.sync.sender import send_pending
from tests.helpers import database_of
from tests.reports.test_reports import _study
from tests.sync.conftest import Gateway, Server


def configure(academy, endpoint: str, **lrs) -> None:
    org = {"lrs": {"endpoint": endpoint, "username": "key", "password": "secret", **lrs},
           "actor": {"homePage": "https://staff.example.com"}}  # fmt: skip
    (academy.paths.root / "organisation.json").write_text(json.dumps(org), encoding="utf-8")


def history(academy) -> None:
    _study(academy)
    take_exam(academy, "exam", 0.7, seed=2)
    run = academy.roleplay.start("hotel-overbooking")
    while not run.finished:
        run.choose(0)
    academy.roleplay.finish(run, 60.0)


def read_back(endpoint: str, academy) -> dict[str, dict]:
    client = LrsClient(LrsConfig(endpoint))
    agent = json.dumps({"account": {"homePage": "https://staff.example.com",
                                    "name": academy.profile.id}})  # fmt: skip
    return {st["id"]: st for st in client.get(agent=agent, limit="50")}


def test_the_whole_history_reaches_the_lrs_as_recorded(learner, lrs):
    history(learner)
    configure(learner, lrs.endpoint)
    mine = {st["id"]: st for st in learner.reports.statements()}
    assert learner.sync.status()["pending"] == len(mine) > 10
    report = learner.sync.send_now()
    assert (report.sent, report.pending, report.error) == (len(mine), 0, ""), report
    assert learner.sync.status()["pending"] == 0
    there = read_back(lrs.endpoint, learner)  # paged: 50 a page, following "more"
    assert set(there) == set(mine), (len(there), len(mine))
    for sid, st in mine.items():
        got = there[sid]
        assert got["verb"]["id"] == st["verb"]["id"] and got["object"]["id"] == st["object"]["id"]
        assert got.get("result") == st.get("result")
        # the Chinese text arrives whole (sent as ASCII escapes: see app.sync.client)
        assert got["object"].get("definition") == st["object"].get("definition")
        assert got["context"].get("registration") == st["context"].get("registration")
        assert datetime.fromisoformat(got["timestamp"].replace("Z", "+00:00")) == \
            datetime.fromisoformat(st["timestamp"].replace("Z", "+00:00"))
    # more study: only the new events go; nothing sent before changes
    _study(learner, answers=((True, 1.0),))
    again = learner.sync.send_now()
    assert again.sent == 2 and again.conflicts == 0, again  # a reading session, one answer
    # the acknowledgements lost (a crash before they were saved): sending again is harmless
    with sqlite3.connect(database_of(learner)) as db:
        db.execute("DELETE FROM xapi_sent")
    resent = learner.sync.send_now()
    assert resent.sent == len(mine) + 2 and resent.conflicts == 0 and not resent.error, resent


def test_a_statement_the_lrs_holds_with_other_content_does_not_hold_back_the_rest(lrs):
    b = StatementBuilder(type("C", (), {"id": "conflict-test"})(), "c1", "丙")
    when = datetime(2026, 12, 3, 8, 0, tzinfo=timezone.utc)
    obj = b.activity("lesson", "l1", "一课")
    sts = [b.statement(f"k{i}", "experienced", obj, when, {"duration": "PT1M"}) for i in range(6)]
    client = LrsClient(LrsConfig(lrs.endpoint))
    client.post(sts[:1])
    changed = dict(sts[0], result={"duration": "PT9M"})  # same id, other content
    held = []
    report = send_pending(client, [changed, *sts[1:]], set(), held.extend, batch=10)
    assert report.conflicts == 1 and report.sent == 6 and not report.error
    assert sorted(held) == sorted(st["id"] for st in sts)


def test_an_outage_mid_way_loses_nothing_and_sends_nothing_twice(learner, tmp_path):
    server = Server(tmp_path)
    server.start()
    try:
        history(learner)
        configure(learner, server.endpoint, batch=5, timeout_s=2)
        total = len(learner.reports.statements())
        stopped = []

        def after_batch(done, _total):
            if not stopped:
                server.stop()  # the LRS goes away after the first batch
                stopped.append(done)

        first = learner.sync.send_now(progress=after_batch)
        assert first.sent == 5 and first.pending == total - 5
        assert "cannot be reached" in first.error
        assert learner.sync.status()["last"]["error"] == first.error
        server.start()  # back (empty: it keeps statements in memory)
        second = learner.sync.send_now()
        assert second.sent == total - 5 and second.pending == 0 and not second.error
        assert len(read_back(server.endpoint, learner)) == total - 5, "none sent twice"
    finally:
        server.stop()


def test_wrong_credentials_stop_the_run_and_send_nothing(learner, lrs):
    gateway = Gateway(lrs.endpoint, "key", "secret")
    try:
        _study(learner)
        (learner.paths.root / "organisation.json").write_text(json.dumps(
            {"lrs": {"endpoint": gateway.endpoint, "username": "key", "password": "Zq-9x-pw"}}),
            encoding="utf-8")  # fmt: skip
        report = learner.sync.send_now()
        assert report.refused and "401" in report.error and report.sent == 0
        assert "Zq-9x-pw" not in json.dumps(learner.sync.status()), "no password shown"
        configure(learner, gateway.endpoint)
        assert learner.sync.send_now().sent > 0
    finally:
        gateway.close()


def test_a_slow_lrs_times_out_and_the_statements_wait(lrs):
    gateway = Gateway(lrs.endpoint)
    gateway.delay = 2.0
    try:
        b = StatementBuilder(type("C", (), {"id": "slow-test"})(), "s1", "丁")
        obj = b.activity("lesson", "l1", "一课")
        when = datetime(2026, 12, 3, 8, 0, tzinfo=timezone.utc)
        sts = [b.statement(f"s{i}", "experienced", obj, when) for i in range(3)]
        client = LrsClient(LrsConfig(gateway.endpoint, timeout_s=1))
        held = []
        report = send_pending(client, sts, set(), held.extend, retries=1, backoff_s=0.1)
        assert held == [] and report.pending == 3 and "timed out" in report.error
    finally:
        gateway.close()


def test_ten_thousand_statements(lrs):
    b = StatementBuilder(type("C", (), {"id": "bulk-test"})(), "b1", "戊")
    obj = b.activity("question", "q1", "一题")
    when = datetime(2026, 12, 3, 8, 0, tzinfo=timezone.utc)
    sts = [b.statement(f"a{i}", "answered", obj, when, {"success": i % 2 == 0})
           for i in range(10_000)]  # fmt: skip
    client = LrsClient(LrsConfig(lrs.endpoint))
    held = []
    report = send_pending(client, sts, set(), held.extend, batch=500)
    assert report.sent == 10_000 and not report.error and len(set(held)) == 10_000
    agent = json.dumps({"account": {"homePage": b.actor["account"]["homePage"], "name": "b1"}})
    back = {st["id"] for st in client.get(agent=agent, limit="1000")}
    assert back == set(held)


def test_the_trainers_cohort_from_the_lrs_equals_the_one_from_files(learner, tmp_path):
    server = Server(tmp_path)  # an LRS holding only this cohort
    server.start()
    try:
        _cohort_both_ways(learner, server, tmp_path)
    finally:
        server.stop()


def _cohort_both_ways(learner, server, tmp_path):
    from app.demo import seed_progress

    configure(learner, server.endpoint)
    files = []
    for name, learned in (("学员甲", 3), ("学员乙", 6)):
        learner.open_learner(learner.profiles.create(name).id)
        seed_progress(learner, learned, 0.7, learned, final=False)
        assert not learner.sync.send_now().error
        files.append(learner.reports.export(tmp_path / f"{name}.json", "xapi"))
    trainer = learner.profiles.create("讲师", pin="2468")
    learner.profiles.make_trainer(trainer.id, trainer.id, "2468")
    learner.open_learner(trainer.id)
    learner.reports.import_cohort_files(files)
    from_files = learner.reports.cohort_learners()
    most_missed = learner.reports.cohort_most_missed()
    learner.reports.remove_cohort_learner(from_files[0].account)
    learner.reports.remove_cohort_learner(from_files[1].account)
    assert learner.reports.cohort_learners() == []
    report = learner.reports.import_cohort_from_lrs()
    assert report.added > 0 and report.rejected == []
    assert learner.reports.cohort_learners() == from_files
    assert learner.reports.cohort_most_missed() == most_missed
