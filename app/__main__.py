import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The content parser's second process (app.common.parallel_parse) runs through this
        # executable: freeze_support() runs it and exits. From source, "spawn" imports this
        # module as __mp_main__, and the guard above keeps the child from starting the app.
        import multiprocessing

        multiprocessing.freeze_support()
    from app.cli import main

    sys.exit(main())
