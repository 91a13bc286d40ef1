"""Publishing the organisation layer and installing it on another copy: checked before
anything is written, refused with its problems named when it does not load, the previous
layer archived and restorable, an install cut short finished at the next start, and a
learner's progress on unchanged ids kept."""

import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from app.course.layer_pack import LayerProblems, export_layer, layer_packs_root
from app.course.packs import PackRefused, build_pack, install_pack
from app.paths import assets_dir, content_dir
from app.services import Academy
from tests.content.layer_helpers import LAYER_YAML, basic_layer, lesson, question, write_layer


def _export(layer: Path, out: Path, **kw):
    return export_layer(layer, out, content_dir(), assets_dir(), today=date(2025, 3, 1), **kw)


def test_export_then_install_on_a_second_copy_shows_the_items(tmp_path):
    author = tmp_path / "author"
    layer = basic_layer(author / "organisation")
    write_layer(layer, {"drafts/lessons/wip.md": "unfinished", "assets/images/acme/a.png": "png"},
                LAYER_YAML)  # fmt: skip
    done = _export(layer, tmp_path / "acme.pack", note="第一版")
    m = done.manifest
    assert (m.kind, m.id, m.version) == ("layer", "acme-bank", "1.0")
    assert m.changelog == ({"version": "1.0", "date": "2025-03-01", "note": "第一版"},)
    assert "organisation/assets/images/acme/a.png" in m.files
    assert not any("drafts" in name for name in m.files), "drafts are never published"
    with zipfile.ZipFile(done.path) as z:
        assert json.loads(z.read("manifest.json"))["kind"] == "layer"

    copy = Academy(tmp_path / "copy")
    assert copy.lesson("org-rules") is None
    report = copy.install_pack(done.path)
    assert {"lesson:org-rules", "question:org-q1", "question:org-q2"} <= set(report.added)
    assert copy.lesson("org-rules").title == "本行的投诉受理规定"
    assert copy.content.layer.version == "1.0"
    again = Academy(tmp_path / "copy")  # the next start: the bundle loaded there
    assert {"org-q1", "org-q2"} <= {q.id for q in again.content.questions}
    assert (tmp_path / "copy" / "organisation" / "assets" / "images" / "acme" / "a.png").is_file()


def test_versions_go_up_with_a_change_log_line_each(tmp_path):
    layer = basic_layer(tmp_path / "organisation")
    assert _export(layer, tmp_path / "a.pack").manifest.version == "1.0"
    second = _export(layer, tmp_path / "b.pack", note="新增题目")
    assert second.manifest.version == "1.1"
    assert [c["version"] for c in second.manifest.changelog] == ["1.0", "1.1"]
    assert _export(layer, tmp_path / "c.pack", version="2.0").manifest.version == "2.0"
    with pytest.raises(PackRefused, match="not later"):
        _export(layer, tmp_path / "d.pack", version="1.5")
    text = (layer / "layer.yaml").read_text("utf-8")
    assert "version: '2.0'" in text and "新增题目" in text


def test_a_layer_with_problems_is_not_published(tmp_path):
    layer = basic_layer(tmp_path / "organisation")
    write_layer(layer, {"quizzes/bad.yaml": "questions:\n" + question("org-x", lesson="gone")},
                LAYER_YAML)  # fmt: skip
    before = (layer / "layer.yaml").read_text("utf-8")
    with pytest.raises(LayerProblems) as refused:
        _export(layer, tmp_path / "x.pack")
    assert [(p.file, p.line) for p in refused.value.problems] == [
        ("organisation/quizzes/bad.yaml", 6)
    ]
    assert not (tmp_path / "x.pack").exists()
    assert (layer / "layer.yaml").read_text("utf-8") == before


def _two_versions(tmp_path):
    """Version 1.0 and 1.1 of a layer: 1.1 changes org-q2's stem and removes nothing else."""
    layer = basic_layer(tmp_path / "author" / "organisation")
    v1 = _export(layer, tmp_path / "v1.pack").path
    quizzes = layer / "quizzes" / "org.yaml"
    quizzes.write_text("questions:\n" + question("org-q1")
                       + question("org-q2", stem="登记投诉时，哪一项必须照顾客原话写？"),
                       encoding="utf-8")  # fmt: skip
    v2 = _export(layer, tmp_path / "v2.pack", note="改写一题").path
    return v1, v2


def test_a_refused_layer_pack_leaves_the_installed_layer(tmp_path):
    v1, _ = _two_versions(tmp_path)
    copy = Academy(tmp_path / "copy")
    copy.install_pack(v1)
    broken = basic_layer(tmp_path / "broken" / "organisation")
    write_layer(broken, {"quizzes/bad.yaml": "questions:\n" + question("org-x", lesson="gone")},
                LAYER_YAML.replace('"1.0"', '"3.0"'))  # fmt: skip
    pack = build_pack(broken, tmp_path / "broken.pack", pack_id="acme-bank", version="3.0",
                      title="坏包", kind="layer")  # fmt: skip
    live = tmp_path / "copy" / "organisation"
    files_before = sorted(p.relative_to(live) for p in live.rglob("*"))
    with pytest.raises(LayerProblems, match=r"organisation/quizzes/bad\.yaml:6"):
        copy.install_pack(pack)
    assert sorted(p.relative_to(live) for p in live.rglob("*")) == files_before
    assert Academy(tmp_path / "copy").content.layer.version == "1.0"
    assert not list(layer_packs_root(tmp_path / "copy").glob(".staging-*"))


def test_a_layer_pack_with_files_outside_its_folder_is_refused(tmp_path):
    pack = tmp_path / "odd.pack"
    with zipfile.ZipFile(pack, "w") as z:
        z.writestr("organisation/layer.yaml", LAYER_YAML)
        z.writestr("content/course.yaml", "id: x")
        import hashlib

        files = {n: hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist()}
        z.writestr("manifest.json", json.dumps({
            "id": "acme-bank", "version": "1.0", "min_app_version": "0.1.0", "title": "t",
            "files": files, "kind": "layer"}))  # fmt: skip
    with pytest.raises(PackRefused, match="is not under organisation/"):
        Academy(tmp_path / "copy").install_pack(pack)
    assert not (tmp_path / "copy" / "organisation").exists()


def test_a_course_pack_installer_refuses_a_layer_pack(tmp_path):
    layer = basic_layer(tmp_path / "organisation")
    pack = _export(layer, tmp_path / "l.pack").path
    with pytest.raises(PackRefused, match="not a course pack"):
        install_pack(pack, tmp_path / "data", content_dir(), assets_dir())


def test_rollback_brings_back_the_previous_layer(tmp_path):
    v1, v2 = _two_versions(tmp_path)
    copy = Academy(tmp_path / "copy")
    copy.install_pack(v1)
    report = copy.install_pack(v2)
    assert report.changed == ["question:org-q2"] and report.archived_to.is_dir()
    assert copy.content.layer.version == "1.1"
    copy.rollback_layer()
    assert copy.content.layer.version == "1.0"
    stem = next(q.stem for q in copy.content.questions if q.id == "org-q2")
    assert stem == "登记投诉时最先要写清什么？"
    copy.rollback_layer()  # and back again: the rolled-back layer was archived in turn
    assert Academy(tmp_path / "copy").content.layer.version == "1.1"


def test_an_install_cut_between_its_two_renames_is_finished_at_the_next_start(tmp_path):
    """The state a kill leaves after the old layer went to the archive and before the new
    one came in: no ``organisation/``, the journal, the unpacked new layer."""
    v1, v2 = _two_versions(tmp_path)
    data = tmp_path / "copy"
    Academy(data).install_pack(v1)
    root = layer_packs_root(data)
    staged = root / ".staging-0123abcd"
    with zipfile.ZipFile(v2) as z:
        z.extractall(staged)
    (staged / "manifest.json").unlink()
    archive = root / "archive" / "20250301-120000-000000-acme-bank-1.0"
    archive.mkdir(parents=True)
    (data / "organisation").rename(archive / "organisation")
    (root / "pending").write_text(json.dumps({"new": staged.name, "archive": archive.name}))
    a = Academy(data)
    assert a.content.layer.version == "1.1"
    assert not (root / "pending").exists() and not staged.exists()


def test_an_install_cut_before_its_renames_keeps_the_old_layer(tmp_path):
    v1, v2 = _two_versions(tmp_path)
    data = tmp_path / "copy"
    Academy(data).install_pack(v1)
    root = layer_packs_root(data)
    staged = root / ".staging-0123abcd"
    with zipfile.ZipFile(v2) as z:
        z.extractall(staged)
    (root / "pending").write_text(json.dumps({"new": staged.name, "archive": "20250301-120000"
                                              "-000000-acme-bank-1.0"}))  # fmt: skip
    Academy(data).install_pack(v2)  # the next install tidies first, then installs
    assert Academy(data).content.layer.version == "1.1"
    assert not staged.exists()


def test_the_receiving_copys_drafts_move_into_the_new_layer(tmp_path):
    v1, v2 = _two_versions(tmp_path)
    copy = Academy(tmp_path / "copy")
    copy.install_pack(v1)
    draft = tmp_path / "copy" / "organisation" / "drafts" / "lessons" / "mine.md"
    draft.parent.mkdir(parents=True)
    draft.write_text("我的草稿", encoding="utf-8")
    copy.install_pack(v2)
    assert draft.read_text("utf-8") == "我的草稿"


def test_progress_on_unchanged_ids_is_kept_across_layer_versions(tmp_path, store_of):
    layer = basic_layer(tmp_path / "author" / "organisation")
    write_layer(layer, {"lessons/extra.md": lesson("org-extra", order=2, title="附加规定")},
                LAYER_YAML)  # fmt: skip
    v1 = _export(layer, tmp_path / "v1.pack").path
    copy = Academy(tmp_path / "copy")
    copy.install_pack(v1)
    copy.open_learner(copy.profiles.create("学员").id)
    copy.study.set_learned("org-rules")
    copy.study.add_study_time("org-rules", 120, datetime.now())
    s = copy.quizzes.start("practice", topic="org-products", seed=1)
    answered = {}
    for _ in s.items:  # practice goes round and round: each question once
        q = s.current.question
        answered[q.id] = copy.quizzes.submit(s, s.current.option_positions(correct=True)[0],
                                             seconds=3).correct  # fmt: skip
        s.advance()
    copy.quizzes.finish(s)
    assert answered == {"org-q1": True, "org-q2": True}
    # 1.1: org-q1 unchanged, org-q2 reworded, the extra lesson removed.
    (layer / "lessons" / "extra.md").unlink()
    (layer / "quizzes" / "org.yaml").write_text(
        "questions:\n" + question("org-q1") + question("org-q2", stem="改写后的题干是什么？"),
        encoding="utf-8",
    )
    report = copy.install_pack(_export(layer, tmp_path / "v2.pack").path)
    assert report.removed == ["lesson:org-extra"] and report.changed == ["question:org-q2"]
    states = copy.study.lesson_states()
    assert states["org-rules"].learned
    scores = store_of(copy).latest_scores()
    assert scores["org-q1"] == 1.0 and scores["org-q2"] == 1.0
    assert copy.lesson("org-extra") is None
    copy.close_learner()


def test_a_layer_holding_a_symbolic_link_is_not_published(tmp_path):
    layer = basic_layer(tmp_path / "organisation")
    outside = tmp_path / "elsewhere.md"
    outside.write_text(lesson("org-outside", order=3), encoding="utf-8")
    (layer / "lessons" / "link.md").symlink_to(outside)
    before = (layer / "layer.yaml").read_text("utf-8")
    with pytest.raises(PackRefused, match="symbolic link"):
        _export(layer, tmp_path / "x.pack")
    assert not (tmp_path / "x.pack").exists()
    assert (layer / "layer.yaml").read_text("utf-8") == before, "nothing recorded"
