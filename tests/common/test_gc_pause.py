import gc

from app.common.gc_pause import paused_gc


class Marker:
    """A tracked object the test can find among the collector's generations."""


def test_what_the_block_built_goes_to_the_oldest_generation_unscanned():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        built = [[Marker()] for _ in range(50_000)]  # far over the young generation's 700
    assert gc.isenabled()
    # left young, the next allocation would start a collection that scans all of them
    assert gc.get_count()[0] < 700
    oldest = gc.get_objects(generation=2)
    assert any(o is built[0][0] for o in oldest) and any(o is built for o in oldest)


def test_a_nested_pause_leaves_the_collector_off_and_an_error_restores_it():
    with paused_gc():
        with paused_gc():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    try:
        with paused_gc():
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()
