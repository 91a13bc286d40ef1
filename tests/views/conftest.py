import pytest


@pytest.fixture(autouse=True)
def english_interface_after_each_test(qapp):
    """Gui() installs translators app-wide; reset so tests do not depend on their order."""
    yield
    from app.views.i18n import install_language

    install_language("en")
