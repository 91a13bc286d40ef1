"""Command line for the organisation layer: ``content new``, ``content layer export|show|
rollback``, and the layer part of ``content check`` (docs/content-format.md).

Each problem is printed on a line of its own as ``file:line: message``; a refusal is one
line; the exit code is 1 for either (as in app.cli).
"""

from __future__ import annotations

import sys
from pathlib import Path


def data_paths(args):
    from app.paths import DataPaths

    return DataPaths.at(args.data_dir)


def course_of(args) -> tuple[Path, Path]:
    """The course this data folder uses (an installed pack's, else the bundled one) and the
    app's assets."""
    from app.course.packs import active_content_root
    from app.paths import assets_dir, content_dir

    root = data_paths(args).root
    installed = active_content_root(root) if root.is_dir() else None
    return installed or content_dir(), assets_dir()


def layer_of(args, required: bool = False) -> Path | None:
    """``--layer DIR``, else the data folder's layer; None when there is no ``layer.yaml``
    (unless ``required``: a folder named on the command line is checked even without one,
    and reported)."""
    from app.course.layer_folder import has_layer

    folder = Path(args.layer).resolve() if getattr(args, "layer", None) else None
    folder = folder or data_paths(args).organisation
    return folder if required or has_layer(folder) else None


def checked_layer(bundle, layer: Path, reference: str | None):
    """``bundle`` with the pasted-text guard's findings in the layer added, when the source
    articles are at hand (``reference``, else beside a source checkout)."""
    from dataclasses import replace

    from app.course.layer_folder import layer_files
    from app.course.originality import pasted_text_problems, reference_folder, reference_runs

    folder = Path(reference) if reference else reference_folder()
    runs = reference_runs(folder)
    if runs is None:
        if reference:
            raise ValueError(f"{folder} does not hold the five source articles (01–05)")
        return bundle
    texts = [(p, p.relative_to(layer.parent).as_posix()) for p in layer_files(layer)
             if p.suffix in (".md", ".yaml")]  # fmt: skip
    found = pasted_text_problems(texts, runs)
    return replace(bundle, problems=bundle.problems + tuple(found)) if found else bundle


def _load(args, layer: Path | None):
    from app.course.loader import load_content

    root, assets = course_of(args)
    return load_content(root, assets, layer=layer)


def cmd_content_new(args) -> int:
    from app.course.scaffold import ScaffoldRefused, new_item

    layer = layer_of(args, required=True)
    assert layer is not None
    from app.course.layer_folder import has_layer

    bundle = _load(args, layer if has_layer(layer) else None)
    try:
        path = new_item(args.kind, args.item_id, layer, bundle, args.section)
    except ScaffoldRefused as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(path)
    return 0


def cmd_content_layer(args) -> int:
    if args.layer_command == "rollback":
        return _rollback(args)
    layer = layer_of(args)
    if layer is None:
        where = args.layer or data_paths(args).organisation
        print(f"error: {where} holds no layer (no layer.yaml); "
              "`content new` starts one", file=sys.stderr)  # fmt: skip
        return 1
    if args.layer_command == "show":
        return _show(args, layer)
    return _export(args, layer)


def _export(args, layer: Path) -> int:
    from app.course.layer_pack import LayerProblems, export_layer
    from app.course.packs import PackRefused

    root, assets = course_of(args)
    try:
        done = export_layer(layer, Path(args.out), root, assets, version=args.layer_version,
                            note=args.note)  # fmt: skip
    except LayerProblems as exc:
        for problem in exc.problems:
            print(_shown(problem, layer, root), file=sys.stderr)
        print(f"error: the layer has {len(exc.problems)} problem(s); nothing was published",
              file=sys.stderr)  # fmt: skip
        return 1
    except PackRefused as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    m = done.manifest
    print(f"{done.path}: {m.title} ({m.id} {m.version}), {len(m.files)} file(s)")
    return 0


def _shown(problem, layer: Path, root: Path) -> str:
    """``file:line: message``, the file relative to the working folder when inside it."""
    import os

    base = layer.parent if problem.file.startswith(layer.name + "/") else root.parent
    path = base / problem.file
    try:
        rel = os.path.relpath(path)
    except ValueError:
        rel = ".."
    return f"{path if rel.startswith('..') else rel}:{problem.line}: {problem.message}"


def _show(args, layer: Path) -> int:
    import json

    from app.course.layer import read_layer

    bundle = _load(args, layer)
    items = read_layer(layer, bundle.course, []).items
    info = bundle.layer
    assert info is not None
    counts = {
        "lessons": len(items.lessons),
        "cases": len(items.cases),
        "questions": len(items.questions),
        "scenarios": len(items.scenarios),
        "glossary_terms": len(items.glossary),
        "phrases": sum(len(g.phrases) for g in items.phrase_groups),
        "synonym_groups": len(items.synonyms),
        "writing_tasks": len(items.writing),
    }
    root, _assets = course_of(args)
    problems = [_shown(p, layer, root) for p in bundle.problems]
    if args.json:
        print(json.dumps({"id": info.id, "title": info.title, "version": info.version,
                          "folder": str(layer), "counts": counts, "problems": problems},
                         ensure_ascii=False, indent=2))  # fmt: skip
    else:
        print(f"{info.title} ({info.id} {info.version}) in {layer}")
        print(", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()))
        for line in problems:
            print(line)
        print(f"{len(problems)} problem(s)" if problems else "no problems",
              file=sys.stderr if problems else sys.stdout)  # fmt: skip
    return 1 if problems else 0


def _rollback(args) -> int:
    from app.services import Academy
    from app.services.errors import PackRefused

    academy = Academy(args.data_dir, lang=args.lang)
    try:
        restored = academy.rollback_layer()
    except PackRefused as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    info = academy.content.layer
    now = f"{info.title} ({info.id} {info.version})" if info else "no layer"
    print(f"the layer is back to {now}, from {restored.name}")
    return 0
