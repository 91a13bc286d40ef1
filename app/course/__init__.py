"""The course: assembles every kind of content into one ContentBundle (loader), checks the
references between kinds (checks), caches bundles (cache, library), converts a bundle to
another script (script) and installs course packs (packs). The only package that knows all
kinds. No Qt here."""
