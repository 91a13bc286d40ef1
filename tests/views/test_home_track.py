"""The learner picks a track on the home page by keyboard; the outline, the progress line
and the final exam's description follow at once."""

from PySide6.QtCore import Qt


def _outline_sections(home) -> list[str]:
    tree = home.outline
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_choosing_a_track_on_the_home_page(window, qtbot):
    a = window.academy
    home = window.home
    course = a.content.course
    track = course.tracks[0]
    numbers = {s.id: s.number for s in course.sections}
    assert home.track.isVisible() and home.track.currentData() == "general"
    shown = _outline_sections(home)
    assert not any(t.startswith(f"{numbers[sid]}.") for sid in track.sections for t in shown)
    before = a.study.course_progress().total

    home.track.setFocus()
    index = home.track.findData(track.id)
    for _ in range(index):
        qtbot.keyClick(home.track, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: a.study.track() == track.id)
    qtbot.waitUntil(
        lambda: any(t.startswith(f"{numbers[track.sections[0]]}.") for t in _outline_sections(home))
    )
    assert a.study.course_progress().total > before
    assert str(a.study.course_progress().total) in home.progress_label.text()
    window.show_page("quiz")
    qtbot.waitUntil(lambda: track.title in window.quiz.final_rules.text())


def test_the_loading_bar_counts_the_files_of_a_first_load(qtbot, learner):
    """Start-up connects the load's progress to this bar (app.main); from the cache no step
    comes and it stays a moving bar."""
    from app.views.home import HomePage
    from app.views.theme import LIGHT

    home = HomePage(learner, LIGHT)
    qtbot.addWidget(home)
    assert home.loading_bar.maximum() == 0  # busy until a step is counted
    home.show_load_progress(120, 3400)
    assert (home.loading_bar.value(), home.loading_bar.maximum()) == (120, 3400)
    home.show_load_progress(5, 0)  # a step of unknown total changes nothing
    assert home.loading_bar.maximum() == 3400
