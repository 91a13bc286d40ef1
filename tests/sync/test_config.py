"""organisation.json: read value by value, a bad value named and left out, the password
never shown, the data folder's file before the installation's."""

import json

from app.sync.config import load_organisation


def test_a_good_file(tmp_path):
    (tmp_path / "organisation.json").write_text(json.dumps({
        "lrs": {"endpoint": "https://lrs.example.com/xAPI", "username": "k", "password": "pw-1",
                "timeout_s": 5, "batch": 50},
        "actor": {"homePage": "https://staff.example.com"}}), encoding="utf-8")  # fmt: skip
    org = load_organisation(tmp_path)
    assert org.lrs.endpoint == "https://lrs.example.com/xAPI/" and org.lrs.batch == 50
    assert org.home_page == "https://staff.example.com" and org.problems == ()
    assert "pw-1" not in json.dumps(org.lrs.describe())


def test_bad_values_are_named_and_left_out(tmp_path):
    (tmp_path / "organisation.json").write_text(json.dumps({
        "lrs": {"endpoint": "https://lrs.example.com/", "batch": 0, "timeout_s": "fast",
                "password": 7},
        "actor": {"homePage": "javascript:alert(1)"}}), encoding="utf-8")  # fmt: skip
    org = load_organisation(tmp_path)
    assert org.lrs is not None and org.lrs.batch == 200 and org.lrs.timeout_s == 20.0
    assert org.home_page == ""
    assert len(org.problems) == 4


def test_no_endpoint_or_no_file_sends_nothing(tmp_path):
    assert load_organisation(tmp_path).lrs is None
    (tmp_path / "organisation.json").write_text('{"lrs": {"endpoint": "ftp://x"}}', "utf-8")
    assert load_organisation(tmp_path).lrs is None
    (tmp_path / "organisation.json").write_text("{not json", "utf-8")
    org = load_organisation(tmp_path)
    assert org.lrs is None and org.problems and "organisation.json" in org.problems[0]


def test_the_data_folders_file_comes_first(tmp_path):
    data, install = tmp_path / "data", tmp_path / "install"
    data.mkdir()
    install.mkdir()
    (install / "organisation.json").write_text('{"lrs": {"endpoint": "https://a.example/"}}')
    assert load_organisation(data, install).lrs.endpoint == "https://a.example/"
    (data / "organisation.json").write_text('{"lrs": {"endpoint": "https://b.example/"}}')
    assert load_organisation(data, install).lrs.endpoint == "https://b.example/"
