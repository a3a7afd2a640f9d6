import os
import sys
from pathlib import Path

import pytest

# Let tests import their helpers (fixture_cases, fakes) as top-level modules.
sys.path.insert(0, str(Path(__file__).parent))

# No test reaches the real Semantic Scholar or Crossref: unless a test points them at its
# own fake, they are a closed local port (refused at once: resolution warns and goes on).
os.environ["S2_API_URL"] = "http://127.0.0.1:9/graph/v1"
os.environ["CROSSREF_API_URL"] = "http://127.0.0.1:9"


@pytest.fixture(autouse=True)
def _own_cache_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own cache folder (arXiv records, the Zotero library index):
    nothing is written to the user's, and no test sees another's library index."""
    monkeypatch.setenv("ZOTERODIGEST_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
