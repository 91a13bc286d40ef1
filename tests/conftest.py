import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled content (and assets) to break on purpose."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copytree(ROOT / "assets", tmp_path / "assets")
    return tmp_path / "content"


@pytest.fixture(scope="session")
def course(tmp_path_factory):
    """The bundled course, parsed once for the whole run (parsing takes about a second)."""
    from app.services import Academy

    return Academy(tmp_path_factory.mktemp("course")).content


@pytest.fixture
def academy(tmp_path: Path, course):
    from app.services import Academy

    a = Academy(tmp_path / "data", course=course)
    yield a
    a.close()


@pytest.fixture
def learner(academy):
    """An academy with a freshly created and opened learner."""
    profile = academy.profiles.create("测试学员")
    academy.open_learner(profile.id)
    return academy


@pytest.fixture
def store_of():
    """Opens a second, independent ORM store on a learner's file (closed after the test)."""
    from app.progress.database import create_engine_for
    from app.progress.store import ProgressStore
    from tests.helpers import database_of

    opened = []

    def open_store(academy):
        store = ProgressStore(create_engine_for(database_of(academy)))
        opened.append(store)
        return store

    yield open_store
    for s in opened:
        s.close()
