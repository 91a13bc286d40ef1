"""Markdown → HTML that Qt's rich-text engine (QTextDocument) displays well.

QTextDocument understands a subset of HTML 4 and CSS: no borders on divs, no flexbox. So
callout boxes become one-cell tables with a background colour, colours are written inline,
and links between lessons keep their ``lesson:ID#N`` form for the reader to intercept.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from app.common.html_theme import DARK_THEME, HtmlTheme

__all__ = ["DARK_THEME", "HtmlTheme", "lesson_html", "markdown_to_html"]

CALLOUT_TITLES = {
    "tip": "提示",
    "warning": "注意",
    "example": "案例",
    "phrase": "话术",
    "work": "在工作中",
    "note": "说明",
    "answer": "参考答案",
}


class _Renderer:
    """Holds one configured Markdown instance; building it is the expensive part."""

    def __init__(self) -> None:
        import markdown

        self._md = markdown.Markdown(
            extensions=["tables", "admonition", "sane_lists", "attr_list"],
            output_format="html",
        )

    def convert(self, text: str) -> str:
        self._md.reset()
        return self._md.convert(text)


_renderer: _Renderer | None = None


# A self-check's answers: ``!!! answer "参考答案"`` (or an older tip titled 参考答案). Where the
# caller hides answers, the block shows its title and a ``reveal:N`` link instead, N counting
# answer blocks through the page, so the learner tries first and looks when they ask.
ANSWER_TITLES = {"参考答案", "參考答案"}


@dataclass
class AnswerBlocks:
    """Which answer blocks of a page to show (``revealed``), and the words of the link."""

    revealed: frozenset[int] = frozenset()
    link: str = "显示参考答案"
    seen: int = 0  # answer blocks met so far while rendering


def markdown_to_html(
    text: str, theme: HtmlTheme, assets: Path, callout_title=None, answers=None
) -> str:
    global _renderer
    if _renderer is None:
        _renderer = _Renderer()
    raw = _renderer.convert(text)
    title = callout_title or (lambda k: CALLOUT_TITLES.get(k, k))
    return _postprocess(raw, theme, assets, title, answers)


def _is_answer(div: ET.Element, kind: str) -> bool:
    if kind == "answer":
        return True
    title = next((c for c in div if "admonition-title" in (c.get("class") or "")), None)
    return title is not None and "".join(title.itertext()).strip() in ANSWER_TITLES


def _postprocess(raw: str, theme: HtmlTheme, assets: Path, callout_title, answers=None) -> str:
    root = ET.fromstring(f"<root>{_xmlish(raw)}</root>")
    for parent in list(root.iter()):
        for i, child in enumerate(list(parent)):
            cls = (child.get("class") or "").split()
            if child.tag == "div" and "admonition" in cls:
                kind = next((c for c in cls if c != "admonition"), "note")
                if answers is not None and _is_answer(child, kind):
                    index = answers.seen
                    answers.seen += 1
                    if index not in answers.revealed:
                        _hide_answer(child, index, answers.link)
                parent.remove(child)
                parent.insert(i, _callout_table(child, kind, theme, callout_title))
    for img in list(root.iter("img")):
        uri = _asset_uri(img.get("src", ""), assets)
        if uri:
            img.set("src", uri)
        else:  # not one of the course's images: its description instead, loading nothing
            alt = img.get("alt", "")
            img.tag = "span"
            img.attrib.clear()
            img.text = alt
    for el in root.iter():  # other ways of loading a resource: table/cell backgrounds
        el.attrib.pop("background", None)
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag in ("link", "style", "script", "object", "iframe"):
                parent.remove(child)
    for a in root.iter("a"):
        if a.get("href", "").startswith("term:"):  # glossary terms: quiet, underlined
            a.set("style", f"color:{theme.text}; text-decoration:underline;")
        else:
            a.set("style", f"color:{theme.link}; text-decoration:none;")
    for table in root.iter("table"):
        if table.get("class") != "callout":
            table.set("cellpadding", "6")
            table.set("cellspacing", "0")
            table.set("border", "1")
            table.set(
                "style",
                f"border-collapse:collapse; border-color:{theme.rule}; "
                "margin-top:6px; margin-bottom:10px;",
            )
            table.set("width", "100%")
    for th in root.iter("th"):
        th.set("bgcolor", theme.table_head)
        th.set("align", th.get("align") or "left")
    # Wide comparison tables: slightly smaller text keeps five columns inside the page.
    cell_pt = round(theme.base_pt * 0.9, 1)
    for table in root.iter("table"):
        if table.get("class") == "callout":
            continue
        for cell in (*table.iter("td"), *table.iter("th")):
            cell.set("style", f"font-size:{cell_pt}pt;")
    body = "".join(ET.tostring(child, encoding="unicode", method="html") for child in root)
    return (root.text or "") + body


def _hide_answer(div: ET.Element, index: int, link: str) -> None:
    """Keep the block's title; its content becomes one link that reveals it."""
    for c in list(div):
        if "admonition-title" not in (c.get("class") or ""):
            div.remove(c)
    p = ET.SubElement(div, "p")
    a = ET.SubElement(p, "a", {"href": f"reveal:{index}"})
    a.text = link


def _asset_uri(src: str, assets: Path) -> str:
    """The file URI of an image in the course's assets, or "" (no image) for anything else.

    Qt reads whatever an ``<img src>`` names: ``/dev/zero`` until memory runs out, a FIFO
    forever. So only a regular file inside ``assets`` is shown, named relative to it."""
    if not src or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", src) or src.startswith(("/", "\\")):
        return ""
    try:
        root = assets.resolve()
        path = (root / src).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            return ""
    except (OSError, ValueError):
        return ""
    return path.as_uri()


def _xmlish(raw: str) -> str:
    # Python-Markdown's html output leaves void tags unclosed; ElementTree needs them closed.
    raw = re.sub(r"<(br|hr)\s*>", r"<\1 />", raw)
    raw = re.sub(r"<img([^>]*?)\s*/?>", r"<img\1 />", raw)
    return raw.replace("&nbsp;", "&#160;")


def _callout_table(div: ET.Element, kind: str, theme: HtmlTheme, callout_title) -> ET.Element:
    bg, accent = theme.callout(kind)
    table = ET.Element(
        "table",
        {
            "class": "callout",
            "width": "100%",
            "cellpadding": "12",
            "cellspacing": "0",
            "bgcolor": bg,
            "style": "margin-top:8px; margin-bottom:12px;",
        },
    )
    td = ET.SubElement(ET.SubElement(table, "tr"), "td")
    title_el = next((c for c in div if "admonition-title" in (c.get("class") or "")), None)
    title = "".join(title_el.itertext()).strip() if title_el is not None else ""
    if not title or title == kind.capitalize():  # the extension's English default
        title = callout_title(kind)
    head = ET.SubElement(td, "p", {"style": f"color:{accent}; font-weight:600; margin:0 0 4px 0;"})
    head.text = title
    for child in div:
        if child is not title_el:
            td.append(child)
    return table


_MASK_RE = re.compile(r"!?\[[^\]]*\]\([^)]*\)|`[^`]*`|^#.*$|^\s*!!!.*$", re.M)


def term_forms(terms) -> list[tuple[str, str]]:
    """(written form, term id) pairs worth linking, longest first. Very short Chinese forms
    (投诉) would link nearly every paragraph, so forms under three characters are left out,
    except Latin abbreviations such as NPS."""
    forms: dict[str, str] = {}
    for t in terms:
        candidates = [t.term, *t.aliases, *t.term.split("/")]
        candidates += [c.split("（")[0].split("(")[0] for c in list(candidates)]
        for form in candidates:
            form = form.strip()
            if len(form) >= 3 or (form.isascii() and form.isalnum() and len(form) >= 2):
                forms.setdefault(form, t.id)
    return sorted(forms.items(), key=lambda kv: -len(kv[0]))


def link_terms(markdown: str, forms: list[tuple[str, str]], linked: set[str]) -> str:
    """Link the first use of each glossary term to ``term:ID``; ``linked`` carries the ids
    already linked earlier in the lesson, so each term is linked once per lesson."""
    if not forms:
        return markdown
    masked = [(m.start(), m.end()) for m in _MASK_RE.finditer(markdown)]
    pattern = re.compile(
        "|".join(
            rf"(?<![A-Za-z0-9]){re.escape(f)}(?![A-Za-z0-9])" if f.isascii() else re.escape(f)
            for f, _ in forms
        )
    )
    ids = dict(forms)
    out, pos = [], 0
    for m in pattern.finditer(markdown):
        term_id = ids[m.group(0)]
        if term_id in linked or any(a <= m.start() < b for a, b in masked):
            continue
        linked.add(term_id)
        out.append(markdown[pos : m.start()])
        out.append(f"[{m.group(0)}](term:{term_id})")
        pos = m.end()
    out.append(markdown[pos:])
    return "".join(out)


def lesson_html(
    lesson,
    theme: HtmlTheme,
    assets: Path,
    *,
    section_label: str = "",
    objectives_label: str = "学习目标",
    minutes_label: str = "约 {n} 分钟",
    key_terms_label: str = "关键词",
    callout_title=None,
    terms=(),
    answers: AnswerBlocks | None = None,
) -> str:
    """The whole lesson as one HTML page; each section starts at anchor ``sec-N``. With
    ``answers``, self-check answers stay hidden behind a link until revealed (the reader);
    without, they are shown (handouts, print)."""
    e = html.escape
    fonts = ", ".join(f"'{f}'" for f in theme.font_families)
    parts = [
        f'<html><body style="font-family:{fonts}; color:{theme.text}; '
        f'font-size:{theme.base_pt}pt; line-height:160%;">',
        f'<p style="color:{theme.muted}; margin-bottom:0;">{e(section_label)} · '
        f"{e(minutes_label.format(n=lesson.minutes))}</p>",
        f'<h1 style="color:{theme.heading}; margin-top:4px;">{e(lesson.title)}</h1>',
    ]
    if lesson.objectives:
        items = "".join(f"<li>{e(o)}</li>" for o in lesson.objectives)
        bg, accent = theme.callout("tip")
        parts.append(
            f'<table class="callout" width="100%" cellpadding="12" cellspacing="0" bgcolor="{bg}">'
            f'<tr><td><p style="color:{accent}; font-weight:600; margin:0;">{e(objectives_label)}'
            f"</p><ul>{items}</ul></td></tr></table>"
        )
    forms = term_forms(terms)
    linked: set[str] = set()
    if lesson.intro:
        parts.append(
            markdown_to_html(
                link_terms(lesson.intro, forms, linked), theme, assets, callout_title, answers
            )
        )
    for s in lesson.sections:
        # The anchor wraps the heading text: QTextDocument drops empty anchors.
        parts.append(
            f'<h2 style="color:{theme.heading}; margin-top:22px;">'
            f'<a name="sec-{s.number}">{e(s.title)}</a></h2>'
        )
        parts.append(
            markdown_to_html(
                link_terms(s.markdown, forms, linked), theme, assets, callout_title, answers
            )
        )
    if lesson.key_terms:
        terms = " · ".join(e(t) for t in lesson.key_terms)
        parts.append(
            f'<hr /><p style="color:{theme.muted};"><b>{e(key_terms_label)}：</b>{terms}</p>'
        )
    parts.append("</body></html>")
    return "\n".join(parts)


def case_html(case, theme: HtmlTheme, assets: Path, *, meta_line: str = "", terms=()) -> str:
    """A case study as one page; sections start at anchors ``sec-N`` like lessons."""
    e = html.escape
    fonts = ", ".join(f"'{f}'" for f in theme.font_families)
    parts = [
        f'<html><body style="font-family:{fonts}; color:{theme.text}; '
        f'font-size:{theme.base_pt}pt; line-height:160%;">',
        f'<p style="color:{theme.muted}; margin-bottom:0;">{e(meta_line)}</p>',
        f'<h1 style="color:{theme.heading}; margin-top:4px;">{e(case.title)}</h1>',
    ]
    forms = term_forms(terms)
    linked: set[str] = set()
    for s in case.sections:
        parts.append(
            f'<h2 style="color:{theme.heading}; margin-top:22px;">'
            f'<a name="sec-{s.number}">{e(s.title)}</a></h2>'
        )
        parts.append(markdown_to_html(link_terms(s.markdown, forms, linked), theme, assets))
    parts.append("</body></html>")
    return "\n".join(parts)


def _paragraphs(text: str) -> str:
    """Plain course text as escaped paragraphs (a blank line between them), lines kept."""
    e = html.escape
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    return "".join(f"<p>{e(b).replace(chr(10), '<br/>')}</p>" for b in blocks)


def _page(theme: HtmlTheme, body: list[str]) -> str:
    fonts = ", ".join(f"'{f}'" for f in theme.font_families)
    return "\n".join(
        [
            f'<html><body style="font-family:{fonts}; color:{theme.text}; '
            f'font-size:{theme.base_pt}pt; line-height:150%;">',
            *body,
            "</body></html>",
        ]
    )


def writing_brief_html(
    task, theme: HtmlTheme, *, meta_line: str = "", situation_label: str = "情境",
    task_label: str = "写作任务",
) -> str:  # fmt: skip
    """A written-practice task's brief: the situation, then what to write (escaped text)."""
    e = html.escape
    bg, accent = theme.callout("tip")
    return _page(
        theme,
        [
            f'<p style="color:{theme.muted}; margin-bottom:0;">{e(meta_line)}</p>',
            f'<h2 style="color:{theme.heading}; margin-top:4px;">{e(task.title)}</h2>',
            f'<h3 style="color:{theme.heading};">{e(situation_label)}</h3>',
            _paragraphs(task.situation),
            f'<table class="callout" width="100%" cellpadding="10" cellspacing="0" '
            f'bgcolor="{bg}"><tr><td><p style="color:{accent}; font-weight:600; margin:0;">'
            f"{e(task_label)}</p>{_paragraphs(task.task)}</td></tr></table>",
        ],
    )


def writing_answer_html(
    task, theme: HtmlTheme, *, model_label: str = "参考答案", faults_label: str = "常见问题"
) -> str:
    """A task's model answer and its common faults (escaped text)."""
    e = html.escape
    faults = "".join(f"<li>{e(f)}</li>" for f in task.common_faults)
    bg, accent = theme.callout("warning")
    return _page(
        theme,
        [
            f'<h3 style="color:{theme.heading}; margin-top:0;">{e(model_label)}</h3>',
            _paragraphs(task.model_answer),
            f'<table class="callout" width="100%" cellpadding="10" cellspacing="0" '
            f'bgcolor="{bg}"><tr><td><p style="color:{accent}; font-weight:600; margin:0;">'
            f"{e(faults_label)}</p><ul>{faults}</ul></td></tr></table>",
        ],
    )
