"""Writing organisation layers for the tests (real files; the app reads them as a trainer's)."""

from pathlib import Path
from textwrap import dedent

LAYER_YAML = """\
id: acme-bank
title: 某某银行自编课程
version: "1.0"
changelog: []
sections:
  - {id: org-products, title: 本行产品与规定}
hides: {}
"""


def lesson(lesson_id: str, *, section: str = "org-products", title: str = "本行的投诉受理规定",
           order: int = 1, body: str = "") -> str:  # fmt: skip
    return dedent(f"""\
        ---
        id: {lesson_id}
        title: {title}
        section: {section}
        order: {order}
        minutes: 10
        objectives:
          - 说出本行受理投诉的三个时限。
          - 按本行规定登记一次投诉。
        ---

        ## 受理时限
        本行要求当天登记，三个工作日内给出处理意见。{body}

        ## 登记
        登记时写清顾客的原话和诉求。
        """)


def question(qid: str, *, lesson: str = "org-rules", topic: str = "org-products",
             stem: str = "本行要求投诉在多长时间内登记？") -> str:  # fmt: skip
    return dedent(f"""\
          - id: {qid}
            type: single
            topic: {topic}
            difficulty: 1
            lesson: {lesson}
            stem: {stem}
            explanation: 本行规定当天登记，这样后续时限才能计算。
            options:
              - {{text: 当天, correct: true}}
              - {{text: 三天内}}
              - {{text: 一周内}}
        """)


def write_layer(folder: Path, files: dict[str, str], layer_yaml: str = LAYER_YAML) -> Path:
    """A layer at ``folder`` with ``layer.yaml`` and ``files`` (path inside the layer: text)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "layer.yaml").write_text(layer_yaml, encoding="utf-8")
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def basic_layer(folder: Path, layer_yaml: str = LAYER_YAML) -> Path:
    """A lesson in the layer's own section, two questions on it."""
    return write_layer(folder, {
        "lessons/org-rules.md": lesson("org-rules"),
        "quizzes/org.yaml": "questions:\n" + question("org-q1")
        + question("org-q2", stem="登记投诉时最先要写清什么？"),
    }, layer_yaml)  # fmt: skip
