"""Reading what a rendered page shows, for tests of the reader and the cases page."""


def title_pt(browser) -> float:
    """The point size the first <h1> is drawn at (Qt sizes headings from the default font)."""
    block = browser.document().begin()
    while block.isValid() and block.blockFormat().headingLevel() != 1:
        block = block.next()
    return block.begin().fragment().charFormat().font().pointSizeF()
