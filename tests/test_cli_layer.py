"""The layer's command line: scaffolds that pass `content check` as written, ids refused in
one line, `content check` over the data folder's layer or a given one, `layer show`,
`layer export` refusing a layer with problems (each named), `install` and `rollback`."""

import json

import pytest

from app.cli import main
from tests.content.layer_helpers import LAYER_YAML, basic_layer, question, write_layer


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path):
    return str(tmp_path / "data")


def test_scaffolds_of_every_kind_pass_content_check(data, tmp_path, capsys):
    for kind in ("lesson", "case", "question", "scenario"):
        code, out, err = _run(capsys, "--data-dir", data, "content", "new", kind, f"org-{kind}",
                              "--section", "s04")  # fmt: skip
        assert code == 0, err
        assert out.strip().endswith(f"org-{kind}.{'md' if kind in ('lesson', 'case') else 'yaml'}")
    assert (tmp_path / "data" / "organisation" / "layer.yaml").is_file(), "made when missing"
    code, out, err = _run(capsys, "--data-dir", data, "content", "check")
    assert code == 0, out + err
    assert "(with the layer organisation 1.0): no problems" in out
    code, out, _ = _run(capsys, "--data-dir", data, "content", "layer", "show", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["problems"] == []
    assert {k: shown["counts"][k] for k in ("lessons", "cases", "questions", "scenarios")} == {
        "lessons": 1, "cases": 1, "questions": 1, "scenarios": 1}  # fmt: skip
    code, out, _ = _run(capsys, "--data-dir", data, "content", "check", "--json")
    counted = json.loads(out)
    assert counted["ok"] and counted["layer"]["id"] == "organisation"


def test_an_id_already_used_is_refused_in_one_line(data, capsys):
    code, _, err = _run(capsys, "--data-dir", data, "content", "new", "lesson",
                        "what-is-a-complaint")  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and "already used" in err
    assert _run(capsys, "--data-dir", data, "content", "new", "question", "org-q")[0] == 0
    code, _, err = _run(capsys, "--data-dir", data, "content", "new", "question", "org-q")
    assert code == 1 and err.count("\n") == 1 and "'org-q' is already used" in err
    code, _, err = _run(capsys, "--data-dir", data, "content", "new", "case", "Bad Id")
    assert code == 1 and "not a lowercase id" in err


def test_check_names_the_layers_files_and_honours_layer_and_no_layer(tmp_path, data, capsys):
    layer = basic_layer(tmp_path / "data" / "organisation")
    write_layer(layer, {"quizzes/bad.yaml": "questions:\n" + question("org-x", lesson="gone")},
                LAYER_YAML)  # fmt: skip
    code, out, _ = _run(capsys, "--data-dir", data, "content", "check")
    assert code == 1
    assert "organisation/quizzes/bad.yaml:6: lesson 'gone' does not exist" in out
    assert _run(capsys, "--data-dir", data, "content", "check", "--no-layer")[0] == 0
    other = basic_layer(tmp_path / "elsewhere" / "mylayer")
    code, out, _ = _run(capsys, "--data-dir", data, "content", "check", "--layer", str(other))
    assert code == 0 and "(with the layer acme-bank 1.0)" in out
    code, out, _ = _run(capsys, "content", "check", "--layer", str(tmp_path / "empty"))
    assert code == 1 and "layer.yaml is missing" in out


def test_export_refuses_a_layer_with_problems_listing_them(tmp_path, data, capsys):
    layer = basic_layer(tmp_path / "data" / "organisation")
    write_layer(layer, {"quizzes/bad.yaml": "questions:\n" + question("org-x", lesson="gone")
                        + question("org-y", lesson="gone-too")}, LAYER_YAML)  # fmt: skip
    out_pack = tmp_path / "o.pack"
    code, _, err = _run(capsys, "--data-dir", data, "content", "layer", "export", str(out_pack))
    assert code == 1 and not out_pack.exists()
    lines = err.strip().splitlines()
    assert len(lines) == 3 and lines[-1].startswith("error: the layer has 2 problem(s)")
    assert all("organisation/quizzes/bad.yaml:" in line for line in lines[:2])


def test_export_install_show_and_rollback(tmp_path, data, capsys):
    basic_layer(tmp_path / "data" / "organisation")
    v1 = str(tmp_path / "v1.pack")
    code, out, _ = _run(capsys, "--data-dir", data, "content", "layer", "export", v1,
                        "--note", "第一版")  # fmt: skip
    assert code == 0 and "(acme-bank 1.0)" in out
    v2 = str(tmp_path / "v2.pack")
    assert _run(capsys, "--data-dir", data, "content", "layer", "export", v2)[0] == 0
    other = str(tmp_path / "other")
    code, out, _ = _run(capsys, "--data-dir", other, "content", "install", v1)
    assert code == 0 and out.startswith("installed the organisation layer 某某银行自编课程")
    code, out, _ = _run(capsys, "--data-dir", other, "content", "install", v2)
    assert code == 0 and "the previous layer is kept in" in out
    code, out, _ = _run(capsys, "--data-dir", other, "content", "layer", "show")
    assert code == 0 and "(acme-bank 1.1)" in out and "1 lessons, 0 cases, 2 questions" in out
    code, out, _ = _run(capsys, "--data-dir", other, "content", "layer", "rollback")
    assert code == 0 and "back to 某某银行自编课程 (acme-bank 1.0)" in out
    code, _, err = _run(capsys, "--data-dir", str(tmp_path / "third"), "content", "layer",
                        "rollback")  # fmt: skip
    assert code == 1 and "no earlier layer" in err


def test_show_without_a_layer_says_how_to_start_one(data, capsys):
    code, _, err = _run(capsys, "--data-dir", data, "content", "layer", "show")
    assert code == 1 and "content new" in err
