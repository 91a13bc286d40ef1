"""parse_yaml parses once (libyaml where installed) and gives exactly what the two pure-Python
parses gave before: the same data, the same line of every key and item, the same messages."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.common import frontmatter
from app.common.frontmatter import ParsedYaml, YamlProblem, parse_yaml, split_front_matter

ROOT = Path(__file__).resolve().parents[2]


def double_parse(text: str, first_line: int = 1) -> ParsedYaml:
    """How parse_yaml worked before: compose for the lines, safe_load for the data."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    parsed = ParsedYaml(data=yaml.safe_load(text), first_line=first_line)
    if node is not None:
        frontmatter._collect_lines(node, (), parsed.key_lines, first_line - 1)
    return parsed


def bundled_texts():
    for path in sorted((ROOT / "content").rglob("*")):
        if path.suffix == ".yaml":
            yield path.name, path.read_text(encoding="utf-8-sig"), 1
        elif path.suffix == ".md":
            front = split_front_matter(path.read_text(encoding="utf-8-sig")).front
            yield path.name, front, 2


def test_the_fast_loader_is_libyaml_when_installed():
    if yaml.__with_libyaml__:
        assert frontmatter.FAST_LOADER is yaml.CSafeLoader


def test_every_bundled_file_parses_to_the_same_data_and_lines():
    texts = list(bundled_texts())
    assert len(texts) > 100
    for name, text, first in texts:
        new, old = parse_yaml(text, first), double_parse(text, first)
        assert new.data == old.data, name
        assert new.key_lines == old.key_lines, name


UNUSUAL = {
    "merge key": "base: &b {a: 1, b: 2}\nitem:\n  <<: *b\n  c: 3\n",
    "alias of a list": "x: &l [1, 2]\ny: *l\n",
    "timestamp and binary": "when: 2024-01-02\nraw: !!binary aGk=\n",
    "scalar types": "a: 1\nb: 1.5\nc: true\nd: ~\ne: '2'\nf: 0x1F\ng: .inf\n3: int key\n",
    "explicit str": "n: !!str 12\nlist:\n  - - nested\n  - {k: v}\n",
    "empty": "",
    "only a scalar": "just text\n",
}


@pytest.mark.parametrize("text", UNUSUAL.values(), ids=UNUSUAL.keys())
def test_unusual_documents_match_safe_load(text):
    new, old = parse_yaml(text, 3), double_parse(text, 3)
    assert new.data == old.data
    assert new.key_lines == old.key_lines


BROKEN = {
    "unclosed bracket": "a: [1, 2\nb: 3\nc: 4\n",
    "bad indentation": "a:\n  b: 1\n c: 2\n",
    "tab": "a:\n\tb: 1\n",
    "unknown tag": "a: !python/object:os.system x\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "unclosed quote": 'a: "open\nb: 2\n',
}


@pytest.mark.parametrize("text", BROKEN.values(), ids=BROKEN.keys())
def test_broken_yaml_is_reported_as_the_pure_parser_words_it(text):
    with pytest.raises(yaml.YAMLError) as old:
        yaml.compose(text, Loader=yaml.SafeLoader)
        yaml.safe_load(text)
    with pytest.raises(YamlProblem) as new:
        parse_yaml(text)
    mark = getattr(old.value, "context_mark", None) or old.value.problem_mark
    assert new.value.line == mark.line + 1
    assert new.value.message.startswith("invalid YAML: ")
    assert (old.value.problem or "") in new.value.message
