"""Icons are rendered from SVG once, then loaded from the PNG cache."""

from app.views import icons


def test_icon_is_rendered_once_then_cached(qapp, tmp_path):
    icons.set_cache_dir(tmp_path)
    try:
        first = icons.icon("house", "#123456", 32)
        files = list(tmp_path.glob("icon-*-house-123456-32.png"))
        assert len(files) == 1 and not first.isNull()
        stamp = files[0].stat().st_mtime_ns
        icons.icon.cache_clear()
        again = icons.icon("house", "#123456", 32)
        assert not again.isNull()
        assert files[0].stat().st_mtime_ns == stamp, "the cached PNG is reused, not rewritten"
        img = again.pixmap(32, 32).toImage()
        opaque = [
            img.pixelColor(x, y)
            for x in range(32)
            for y in range(32)
            if img.pixelColor(x, y).alpha() == 255
        ]
        assert opaque and all(c.name() == "#123456" for c in opaque), "tinted to the colour"
    finally:
        icons.set_cache_dir(None)
