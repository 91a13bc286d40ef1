"""Every entry point that reads data from outside the bundled course, fed the hostile corpus.

Each attempt runs on a worker thread with a time bound. An attempt may be accepted (and what
it brought in must then read back without error) or refused with the entry point's own error,
whose message names the file; a refused file changes nothing. Any other exception is a crash
and any attempt past its bound is a hang: the tally must show 0 of both.
"""

from __future__ import annotations

import json
import threading
import traceback
from collections import Counter
from pathlib import Path

import pytest

from app.services import Academy
from app.services.errors import (
    CohortImportError,
    DatabaseTooNew,
    DatabaseUnavailable,
    DatabaseUpgradeFailed,
    ImportRefused,
    PackRefused,
    TransferError,
)
from tests.hostile import corpus

ROOT = Path(__file__).resolve().parents[2]
BOUND_S = 30


class Tally:
    def __init__(self, entry: str) -> None:
        self.entry, self.counts, self.failures = entry, Counter(), []

    def attempt(self, label: str, call, refused=(), named: str | None = None) -> object:
        """Run ``call`` within the bound; returns its result, or None when refused."""
        box: dict = {}

        def run():
            try:
                box["result"] = call()
                box["outcome"] = "accepted"
            except refused as exc:
                box["outcome"] = "refused"
                if named and named not in str(exc):
                    box["outcome"] = "unnamed"
                    box["detail"] = f"message does not name {named}: {exc}"
            except BaseException:
                box["outcome"] = "crash"
                lines = traceback.format_exc(limit=-3).splitlines()
                box["detail"] = "\n".join(line[:300] for line in lines)

        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        worker.join(BOUND_S)
        outcome = "hang" if worker.is_alive() else box["outcome"]
        self.counts[outcome] += 1
        if outcome not in {"accepted", "refused"}:
            self.failures.append(f"{label}: {outcome} {box.get('detail', '')}")
        return box.get("result")

    def check(self) -> None:
        print(f"{self.entry}: {dict(self.counts)}")
        assert not self.failures, "\n\n".join(self.failures[:12])
        assert self.counts["accepted"] + self.counts["refused"] > 0


def _write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name.replace("/", "_").replace(":", "-")
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def source(tmp_path_factory, course):
    """A learner with some of everything, and the files the app itself exports of them."""
    root = tmp_path_factory.mktemp("source")
    a = Academy(root / "data", course=course)
    pid = a.profiles.create("源学员", pin="2468").id
    a.open_learner(pid)
    for lid in a.content.lesson_order()[:3]:
        a.study.open_lesson(lid)
        a.study.set_learned(lid)
    session = a.quizzes.start("practice", topic="s01", seed=1)
    for _ in range(3):
        a.quizzes.submit(session, 0, 2.0)
        session.advance()
    a.quizzes.finish(session)
    a.knowledge.save_note("lesson", "what-is-a-complaint", 1, "笔记")
    files = {
        "learner": a.profiles.export_learner(root / "me.academy-learner"),
        "xapi": a.reports.export(root / "me.json", "xapi"),
        "db": a.paths.learner_dir(pid) / "progress.db",
    }
    a.quizzes.export(root / "bank.gift", "gift")
    a.quizzes.export(root / "bank.xml", "xml")
    files["gift"], files["xml"] = root / "bank.gift", root / "bank.xml"
    a.close()
    return files


def _learner_files(source) -> list[tuple[str, bytes]]:
    import zipfile

    valid = source["learner"].read_bytes()
    with zipfile.ZipFile(source["learner"]) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    unsealed = json.loads(entries["learner.json"])
    unsealed.pop("seal")
    unsealed["format"] = "complaint-academy-learner/1"
    for p in ("pin_salt", "pin_hash"):
        unsealed["profile"][p] = None
    plain = {**entries, "learner.json": json.dumps(unsealed).encode()}
    with_dbs = [  # an older app's file (no seal) carrying each crafted database
        (f"db:{label}", corpus.zip_of({**plain, "progress.db": db}))
        for label, db in corpus.sqlite_variants(source["db"])
    ]
    return [
        *corpus.zip_variants(valid, seed=1),
        *corpus.entry_variants(plain, "learner.json"),
        *with_dbs,
        ("name-html", corpus.zip_of({**plain, "learner.json": json.dumps(
            {**unsealed, "profile": {**unsealed["profile"], "name": corpus.HTML[0]}})}))
    ]  # fmt: skip


def test_learner_files(tmp_path, course, source):
    tally = Tally("learner import")
    a = Academy(tmp_path / "pc", course=course)
    for label, data in _learner_files(source):
        before = {p.id for p in a.profiles.all()}
        file = _write(tmp_path / "in", f"{label}.academy-learner", data)
        result = tally.attempt(
            label, lambda f=file: a.profiles.import_learner(f), TransferError, named=file.name
        )
        if result is None:
            assert {p.id for p in a.profiles.all()} == before, f"{label} changed the profiles"
            continue

        def read_back(pid=result.profile.id):
            a.open_learner(pid)
            a.study.lesson_states()
            a.knowledge.notes()
            a.reports.dashboard()
            a.reports.export(tmp_path / "r.csv", "csv")
            a.close_learner()

        tally.attempt(f"{label} (reading it back)", read_back)
    a.close()
    tally.check()


def test_content_packs(tmp_path, course):
    import zipfile

    from app.course.packs import build_pack

    valid = build_pack(ROOT / "content", tmp_path / "pack.zip", pack_id="update", version="2.0",
                       title="更新", min_app_version="0.1.0").read_bytes()  # fmt: skip
    with zipfile.ZipFile(tmp_path / "pack.zip") as z:
        entries = {n: z.read(n) for n in z.namelist()}
    variants = [
        *corpus.zip_variants(valid, seed=2),
        *corpus.entry_variants(entries, "manifest.json"),
    ]
    tally = Tally("content pack")
    a = Academy(tmp_path / "pc", course=course)
    title = a.content.course.title
    for label, data in variants:
        file = _write(tmp_path / "in", f"{label}.zip", data)
        if tally.attempt(label, lambda f=file: a.inspect_pack(f), PackRefused, named=file.name):
            tally.attempt(f"{label} (install)", lambda f=file: a.install_pack(f), PackRefused,
                          named=file.name)  # fmt: skip
    assert Academy(tmp_path / "pc").content.course.title == title, "the course was replaced"
    a.close()
    tally.check()


def _statement_files(source) -> list[tuple[str, bytes]]:
    valid = source["xapi"].read_bytes()
    statements = json.loads(valid)
    swapped = [
        (label, json.dumps([doc], ensure_ascii=False).encode())
        for label, doc in corpus.json_type_swaps(statements[0], limit=40)
    ]
    return [
        *corpus.text_variants(valid, seed=3),
        ("deep", corpus.deep_json("[")),
        ("deep-object", corpus.deep_json("{")),
        ("statements-deep", b'{"statements": ' + corpus.deep_json("{") + b"}"),
        *swapped,
    ]


def test_cohort_files(tmp_path, course, source):
    tally = Tally("cohort import")
    a = Academy(tmp_path / "pc", course=course)
    files = [
        _write(tmp_path / "in", f"{n}-{label[:60]}.json", data)
        for n, (label, data) in enumerate(_statement_files(source))
    ]
    files.append(source["xapi"])
    for file in files:
        before = a.reports.cohort_statement_count()

        def one(f=file):
            [result] = a.reports.import_cohort_files([f])
            if isinstance(result, Exception):
                raise result
            return result

        if tally.attempt(file.name, one, (CohortImportError, OSError), named=file.name) is None:
            assert a.reports.cohort_statement_count() == before, f"{file.name} changed the cohort"
    # Whatever was let in, every figure and the report still come out.
    for name, call in {
        "learners": a.reports.cohort_learners,
        "report": a.reports.cohort_report,
        "csv": lambda: a.reports.export_cohort_csv(tmp_path / "cohort.csv"),
        "mastery": a.reports.cohort_topic_mastery,
        "missed": a.reports.cohort_missed_cells,
        "scores": a.reports.cohort_score_distribution,
    }.items():
        tally.attempt(f"cohort {name}", call)
    assert a.reports.cohort_statement_count() > 0
    a.close()
    tally.check()


@pytest.mark.parametrize("fmt", ["gift", "xml"])
def test_question_banks(tmp_path, course, source, fmt):
    tally = Tally(f"{fmt} import")
    a = Academy(tmp_path / "pc", course=course)
    for label, data in corpus.text_variants(source[fmt].read_bytes(), seed=4):
        file = _write(tmp_path / "in", f"{label}.{'gift' if fmt == 'gift' else 'xml'}", data)
        before = a.quizzes.banks()
        if tally.attempt(label, lambda f=file: a.quizzes.preview_import(f), ImportRefused,
                         named=file.name) is None:  # fmt: skip
            assert a.quizzes.banks() == before
            continue
        tally.attempt(f"{label} (import)", lambda f=file: a.quizzes.import_bank(f), ImportRefused)
    for bank in a.quizzes.banks():
        tally.attempt(f"bank {bank['name']}", lambda n=bank["name"]: a.quizzes.bank_questions(n))
    a.close()
    tally.check()


def test_planted_progress_databases(tmp_path, course, source):
    """The learner's own database replaced by a crafted one (a shared USB copy): it opens,
    or is refused in words; it never crashes the app or hangs it."""
    tally = Tally("progress database")
    for label, data in corpus.sqlite_variants(source["db"]):
        a = Academy(tmp_path / label, course=course)
        pid = a.profiles.create("学员").id
        (a.paths.learner_dir(pid) / "progress.db").write_bytes(data)
        opened = tally.attempt(
            label, lambda a=a, pid=pid: a.open_learner(pid) or True,
            (DatabaseTooNew, DatabaseUnavailable, DatabaseUpgradeFailed),
        )  # fmt: skip
        if opened:

            def read(a=a, label=label):
                a.study.lesson_states()
                a.knowledge.notes()
                a.quizzes.due_review_count()
                a.reports.dashboard()
                a.reports.export(tmp_path / f"{label}.csv", "csv")
                a.reports.export(tmp_path / f"{label}.json", "xapi")
                a.study.set_learned(a.content.lesson_order()[0])

            tally.attempt(f"{label} (reading)", read)
        a.close()
    tally.check()


def test_planted_profile_lists(tmp_path, course):
    tally = Tally("profile list")
    seed = Academy(tmp_path / "seed", course=course)
    seed.profiles.create("甲", pin="1234")
    seed.profiles.create("乙")
    valid = json.loads((tmp_path / "seed" / "profiles.json").read_text(encoding="utf-8"))
    seed.close()
    variants = [
        ("deep", corpus.deep_json("{")),
        ("binary", bytes(range(256))),
        *((label, json.dumps(doc).encode()) for label, doc in corpus.json_type_swaps(valid)),
    ]
    for n, (label, data) in enumerate(variants):
        root = tmp_path / f"v{n}"
        _write(root, "profiles.json", data)

        def start(root=root):
            a = Academy(root, course=course)
            for p in a.profiles.all():
                a.profiles.verify_pin(p.id, "1234")
                assert isinstance(p.name, str)
            a.close()

        tally.attempt(label, start)
    tally.check()
